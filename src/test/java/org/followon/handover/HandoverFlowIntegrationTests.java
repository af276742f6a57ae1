package org.followon.handover;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.followon.IntegrationTest;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.SignedInUser;
import org.followon.account.TestUsers;
import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.programme.PmpParticipant;
import org.followon.programme.Programmes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A whole handover on real PostgreSQL: decisions with consent, a planned group, the
 * one-time confirmation, and what the group's pages then show. Rolled back after each
 * test.
 */
@IntegrationTest
@Transactional
class HandoverFlowIntegrationTests {

	/** A distinctive mobile for the participant who does not agree to share it. */
	private static final String PRIVATE_MOBILE = "07700 900987";

	@Autowired
	private HandoverService handovers;

	@Autowired
	private DiscussionService discussion;

	@Autowired
	private PlanService plans;

	@Autowired
	private Programmes programmes;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	private long pmpId;

	private SignedInUser clinician;

	private SignedInUser ptv;

	private List<PmpParticipant> cohort;

	@BeforeEach
	void closurePhasePmp() {
		this.pmpId = this.jdbc.queryForObject("select id from pmp where name = 'PMP Autumn – Riverside'", Long.class);
		this.clinician = TestUsers.signedIn(this.accounts.byEmail("clinician@example.org").orElseThrow().id(),
				Role.CLINICIAN);
		this.ptv = TestUsers.signedIn(this.accounts.byEmail("ptv@example.org").orElseThrow().id(), Role.PTV);
		this.cohort = this.programmes.enrolled(this.pmpId);
		this.jdbc.update("update participant set mobile = ? where id = ?", PRIVATE_MOBILE, this.cohort.get(0).id());
		this.cohort = this.programmes.enrolled(this.pmpId);
	}

	private static DecisionForm joining(boolean shareEmail, boolean shareMobile, OrganisingRole role) {
		return new DecisionForm(Choice.JOINING, null, null, shareEmail, shareMobile, true,
				Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), Set.of(DayPart.MORNING), Set.of(DayPart.LATE_AFTERNOON),
				Set.of(), Frequency.MONTHLY, Set.of(Channel.WHATSAPP), role, null, null);
	}

	private static DecisionForm notForMe(NotJoiningReason reason) {
		return new DecisionForm(Choice.NOT_FOR_ME, reason, null, null, null, null, Set.of(), Set.of(), Set.of(),
				Set.of(), null, Set.of(), OrganisingRole.NONE, null, null);
	}

	/** Six of the eight join (the first shares email only), two do not. */
	private void discuss() {
		this.discussion.decide(this.pmpId, this.cohort.get(0).id(), joining(true, false, OrganisingRole.COORDINATOR),
				this.clinician);
		for (int i = 1; i < 6; i++) {
			this.discussion.decide(this.pmpId, this.cohort.get(i).id(),
					joining(true, true, i == 1 ? OrganisingRole.CO_COORDINATOR : OrganisingRole.NONE), this.ptv);
		}
		this.discussion.decide(this.pmpId, this.cohort.get(6).id(), notForMe(NotJoiningReason.COMMITMENTS),
				this.clinician);
		this.discussion.decide(this.pmpId, this.cohort.get(7).id(), notForMe(null), this.clinician);
	}

	private GroupPlan plan(List<Long> members) {
		return new GroupPlan("Riverside Tuesday group", members, List.of(members.get(0), members.get(1)), List.of(),
				Frequency.MONTHLY, "Tuesday mornings", Channel.WHATSAPP, LocalDate.now().plusWeeks(3),
				LocalTime.of(10, 30), "Riverside cafe", null, null);
	}

	@Test
	void theRoomSummaryCountsWhatWasDecided() {
		discuss();
		DiscussionService.RoomSummary summary = this.discussion.summary(this.discussion.decisions(this.pmpId));
		assertThat(summary.count("JOINING")).isEqualTo(6);
		assertThat(summary.count("NOT_FOR_ME")).isEqualTo(2);
		assertThat(summary.days()).first().satisfies((e) -> assertThat(e.getValue()).isEqualTo(6));
		assertThat(summary.channels()).extracting(java.util.Map.Entry::getKey).containsExactly("Channel.WHATSAPP");
		assertThat(summary.volunteers()).isEqualTo(2);
	}

	@Test
	void everyChangeToADecisionIsKeptWithWhoAndWhen() {
		long first = this.cohort.get(0).id();
		this.discussion.decide(this.pmpId, first, joining(true, true, OrganisingRole.NONE), this.clinician);
		DecisionForm again = this.discussion.form(this.pmpId, first);
		this.discussion.decide(this.pmpId, first, new DecisionForm(Choice.JOINING, null, null, true, false, true,
				Set.of(), Set.of(), Set.of(), Set.of(), null, Set.of(), OrganisingRole.NONE, null, again.version()),
				this.ptv);
		List<DecisionHistory.HistoryRow> history = this.discussion.history(first);
		assertThat(history).hasSize(2);
		assertThat(history.get(0).shareMobile()).isFalse();
		assertThat(history.get(0).recordedBy()).isEqualTo("Gwen Roberts");
		assertThat(history.get(1).shareMobile()).isTrue();
		assertThat(history.get(1).recordedBy()).isEqualTo("Dr Asha Patel");
	}

	@Test
	void aStaleDecisionIsAClash() {
		long first = this.cohort.get(0).id();
		this.discussion.decide(this.pmpId, first, joining(true, true, OrganisingRole.NONE), this.clinician);
		assertThatThrownBy(
				() -> this.discussion.decide(this.pmpId, first, joining(false, false, OrganisingRole.NONE), this.ptv))
			.isInstanceOf(org.followon.system.EditClashException.class);
	}

	@Test
	void onlyPeopleWhoWantToJoinCanBePlannedAndCoordinatorsMustBeMembers() {
		discuss();
		List<Long> members = this.cohort.subList(0, 6).stream().map(PmpParticipant::id).toList();
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(
				new GroupForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
				"groupForm");
		new GroupFormValidator(this.plans, this.pmpId, null)
			.check(plan(List.of(members.get(0), this.cohort.get(6).id())), errors);
		assertThat(errors.getFieldError("memberIds").getCode()).isEqualTo("NotPlaceable");
		BeanPropertyBindingResult coordinatorErrors = new BeanPropertyBindingResult(
				new GroupForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
				"groupForm");
		GroupPlan outsider = new GroupPlan("G", List.of(members.get(0), members.get(1)), List.of(members.get(2)),
				List.of(), Frequency.MONTHLY, null, Channel.PHONE, LocalDate.now(), LocalTime.NOON, "Cafe", null, null);
		new GroupFormValidator(this.plans, this.pmpId, null).check(outsider, coordinatorErrors);
		assertThat(coordinatorErrors.getFieldError("coordinatorIds").getCode()).isEqualTo("CoordinatorNotMember");
	}

	@Test
	void confirmingFormsTheGroupOnceAndItsPagesShowOnlyConsentedDetails() throws Exception {
		this.handovers.introduce(this.pmpId, LocalDate.now(),
				new IntroduceForm(null, null, null, this.ptv.accountId(), this.clinician.accountId(), true, null),
				this.clinician);
		discuss();
		List<Long> members = this.cohort.subList(0, 6).stream().map(PmpParticipant::id).toList();
		this.plans.save(this.pmpId, null, plan(members), null, this.clinician);
		HandoverOutcome outcome = this.handovers.confirm(this.pmpId, this.handovers.handover(this.pmpId).getVersion(),
				this.clinician);

		assertThat(outcome.formed()).hasSize(1);
		long groupId = outcome.formed().get(0).group().groupId();
		assertThat(outcome.formed().get(0).group().membershipByParticipant()).hasSize(6);
		assertThat(this.handovers.handover(this.pmpId).isHandedOver()).isTrue();

		for (String page : List.of("/groups/" + groupId, "/groups/" + groupId + "/pack")) {
			String body = this.mvc.perform(get(page).with(TestUsers.as(this.clinician.accountId(), Role.CLINICIAN)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(page).contains(this.cohort.get(0).knownAs()).doesNotContain(PRIVATE_MOBILE);
			assertThat(body).as(page)
				.contains(this.cohort.get(1).knownAs())
				.doesNotContain(this.cohort.get(6).knownAs());
		}

		// A PTV of the PMP who is not the group's supporting PTV does not see its
		// members.
		assertThat(this.mvc
			.perform(get("/groups/" + groupId + "/pack.pdf").with(TestUsers.as(this.ptv.accountId(), Role.PTV)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		byte[] pdf = this.mvc
			.perform(get("/groups/" + groupId + "/pack.pdf")
				.with(TestUsers.as(this.clinician.accountId(), Role.CLINICIAN)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(this.cohort.get(0).knownAs(), "116 123").doesNotContain(PRIVATE_MOBILE);
			assertThat(text).doesNotContain(this.cohort.get(6).knownAs());
		}

		assertThatThrownBy(() -> this.discussion.decide(this.pmpId, this.cohort.get(7).id(),
				joining(true, true, OrganisingRole.NONE), this.clinician))
			.isInstanceOf(HandoverClosedException.class);
		assertThatThrownBy(() -> this.handovers.confirm(this.pmpId, 1, this.clinician))
			.isInstanceOf(org.followon.system.EditClashException.class);
	}

	@Test
	void aSmallGroupIsWarnedAboutAndAReferralReachesOnlyTheOtherGroupsCoordinators() throws Exception {
		discuss();
		List<Long> two = List.of(this.cohort.get(0).id(), this.cohort.get(1).id());
		this.plans.save(this.pmpId, null, plan(two), null, this.clinician);
		String overview = this.mvc
			.perform(get("/pmps/" + this.pmpId + "/handover").with(TestUsers.as(this.ptv.accountId(), Role.PTV)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overview).contains("A follow-on group is usually three or more people");

		long demoGroup = this.jdbc
			.queryForObject("select id from follow_on_group where name = 'Riverside Thursday group'", Long.class);
		this.plans.refer(this.pmpId, this.cohort.get(6).id(), demoGroup, "Lives near Riverside", this.clinician);
		this.handovers.confirm(this.pmpId, this.handovers.handover(this.pmpId).getVersion(), this.clinician);

		String referred = this.cohort.get(6).knownAs();
		long coordinator = this.accounts.byEmail("coordinator@example.org").orElseThrow().id();
		long member = this.accounts.byEmail("member@example.org").orElseThrow().id();
		assertThat(this.mvc.perform(get("/groups/" + demoGroup).with(TestUsers.as(coordinator, Role.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(referred, "Lives near Riverside");
		assertThat(this.mvc.perform(get("/groups/" + demoGroup).with(TestUsers.as(member, Role.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Riverside Thursday group").doesNotContain("Lives near Riverside");
	}

	@Test
	void aFacilitatorOfAnotherPmpCannotReachThisHandover() {
		SignedInUser stranger = TestUsers.signedIn(900_002, Role.CLINICIAN);
		assertThatThrownBy(() -> this.handovers.pmp(this.pmpId, stranger)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.discussion.decide(this.pmpId, this.cohort.get(0).id(),
				joining(true, true, OrganisingRole.NONE), stranger))
			.isInstanceOf(AccessDeniedException.class);
	}

}
