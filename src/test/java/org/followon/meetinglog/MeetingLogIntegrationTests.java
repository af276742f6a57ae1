package org.followon.meetinglog;

import java.time.LocalDate;
import java.util.List;

import org.followon.IntegrationTest;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.TestUsers;
import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.group.GroupStatus;
import org.followon.group.Groups;
import org.followon.group.MembershipRole;
import org.followon.group.NewGroup;
import org.followon.programme.PmpParticipant;
import org.followon.programme.Programmes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logging meetings on PostgreSQL, for a group of the test's own formed from the finished
 * demo PMP: a log as held drives the group's status through the group module, a
 * correction undoes it, and members and coordinators see attendance.
 */
@IntegrationTest
class MeetingLogIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Groups groups;

	@Autowired
	private Programmes programmes;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	private static int made;

	private long groupId;

	private LocalDate pmpEnded;

	/**
	 * Three PMP participants' memberships (the first coordinates), then one who joined
	 * later.
	 */
	private List<Long> members;

	private long joinedLater;

	private RequestPostProcessor coordinator;

	private RequestPostProcessor member;

	@BeforeEach
	void aGroupFromTheFinishedPmp() {
		long pmpId = this.jdbc.queryForObject("select id from pmp where name = 'PMP Spring – Riverside'", Long.class);
		this.pmpEnded = this.programmes.pmp(pmpId).lastSession();
		List<PmpParticipant> cohort = this.programmes.enrolled(pmpId).subList(0, 3);
		long staff = this.accounts.byEmail("staff@example.org").orElseThrow().id();
		Groups.FormedGroup group = this.groups.form(new NewGroup("Log test group " + (++made) + " " + System.nanoTime(),
				pmpId, Frequency.MONTHLY, null, Channel.EMAIL, null, null, null, null, null, staff,
				cohort.stream()
					.map((p) -> new NewGroup.NewMember(p.id(), p.knownAs(), null, null, false, false,
							p == cohort.get(0) ? MembershipRole.COORDINATOR : MembershipRole.MEMBER, null))
					.toList()));
		this.groupId = group.groupId();
		this.members = cohort.stream().map((p) -> group.membershipByParticipant().get(p.id())).toList();
		this.joinedLater = this.groups.addMember(this.groupId, "Sam Later");
		this.coordinator = TestUsers.as(account(this.members.get(0), "coordinator"), Role.MEMBER);
		this.member = TestUsers.as(account(this.members.get(1), "member"), Role.MEMBER);
	}

	private long account(long membershipId, String who) {
		long id = this.accounts
			.createMember("log-" + who + "-" + System.nanoTime() + "@example.test", who, "not used here")
			.id();
		this.groups.attachAccount(membershipId, id);
		return id;
	}

	@AfterEach
	void removeOurMeetings() {
		this.jdbc.update("delete from meeting_log where group_id = ?", this.groupId);
		this.jdbc.update("delete from held_meeting where group_id = ?", this.groupId);
		this.jdbc.update("delete from meeting where group_id = ?", this.groupId);
	}

	private long meeting(LocalDate on) {
		return this.jdbc.queryForObject(
				"""
						insert into meeting (group_id, meets_on, starts_at, ends_at, venue_name, venue_type, accessibility, status,
						created_by, created_at) values (?, ?, '11:00', '13:00', 'Log test cafe', 'CAFE', '', 'SCHEDULED', ?, now())
						returning id""",
				Long.class, this.groupId, on, this.accounts.byEmail("staff@example.org").orElseThrow().id());
	}

	private MockHttpServletRequestBuilder log(long meetingId, String... params) {
		MockHttpServletRequestBuilder request = post("/groups/" + this.groupId + "/meetings/" + meetingId + "/log")
			.with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	private MockHttpServletRequestBuilder held(long meetingId, String mode, List<Long> who) {
		MockHttpServletRequestBuilder request = log(meetingId, "outcome", "HELD", "mode", mode, "topics", "PACING",
				"note", "Tea and a walk");
		who.forEach((id) -> request.param("attendees", Long.toString(id)));
		return request;
	}

	private GroupStatus groupStatus() {
		return this.groups.summary(this.groupId).status();
	}

	private String page(String path, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString();
	}

	private Long logVersion(long meetingId) {
		return this.jdbc.queryForObject("select version from meeting_log where meeting_id = ?", Long.class, meetingId);
	}

	@Test
	void threePmpParticipantsFaceToFaceMakeTheGroupActiveAndACorrectionToNotHeldUndoesIt() throws Exception {
		long online = meeting(this.pmpEnded.plusDays(7));
		long faceToFace = meeting(this.pmpEnded.plusDays(14));
		assertThat(page("/groups/" + this.groupId + "/meetings", this.coordinator)).contains("To log",
				"/meetings/" + online + "/log", "/meetings/" + faceToFace + "/log");
		assertThat(page("/groups", this.coordinator)).contains("2 meetings to log");

		this.mvc.perform(held(online, "ONLINE", this.members).with(this.coordinator))
			.andExpect(status().is3xxRedirection());
		assertThat(groupStatus()).as("online does not count").isEqualTo(GroupStatus.FORMING);
		this.mvc
			.perform(held(faceToFace, "FACE_TO_FACE",
					List.of(this.members.get(0), this.members.get(1), this.joinedLater))
				.with(this.coordinator))
			.andExpect(status().is3xxRedirection());
		assertThat(groupStatus()).as("two PMP participants do not make a group").isEqualTo(GroupStatus.FORMING);

		// Corrected: the third PMP participant was there too.
		this.mvc
			.perform(held(faceToFace, "FACE_TO_FACE",
					List.of(this.members.get(0), this.members.get(1), this.members.get(2), this.joinedLater))
				.param("version", logVersion(faceToFace).toString())
				.with(this.coordinator))
			.andExpect(status().is3xxRedirection());
		assertThat(groupStatus()).isEqualTo(GroupStatus.ACTIVE);
		assertThat(this.groups.summary(this.groupId).formedOn()).isEqualTo(this.pmpEnded.plusDays(14));
		assertThat(page("/groups/" + this.groupId, this.coordinator)).contains("Active").doesNotContain("Forming");
		assertThat(page("/groups/" + this.groupId + "/meetings/" + faceToFace, this.coordinator))
			.contains("It went ahead: 4 came, Face to face.", "Correct the log");
		assertThat(page("/groups", this.coordinator)).doesNotContain("to log");

		// A page opened before that correction is out of date: nothing changes.
		this.mvc.perform(log(faceToFace, "outcome", "NOT_HELD", "version", "0").with(this.coordinator))
			.andExpect(status().isConflict());
		assertThat(groupStatus()).isEqualTo(GroupStatus.ACTIVE);

		this.mvc
			.perform(log(faceToFace, "outcome", "NOT_HELD", "version", logVersion(faceToFace).toString())
				.with(this.coordinator))
			.andExpect(status().is3xxRedirection());
		assertThat(groupStatus()).as("the meeting did not go ahead after all").isEqualTo(GroupStatus.FORMING);
		assertThat(this.jdbc.queryForObject("select count(*) from held_meeting where group_id = ?", Integer.class,
				this.groupId))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_attendance a join meeting_log l "
				+ "on l.id = a.meeting_log_id where l.meeting_id = ?", Integer.class, faceToFace))
			.isZero();
	}

	@Test
	void membersSeeTheirOwnAttendanceAndCoordinatorsTheGroups() throws Exception {
		long first = meeting(this.pmpEnded.plusDays(7));
		long second = meeting(this.pmpEnded.plusDays(14));
		long cancelled = meeting(this.pmpEnded.plusDays(21));
		this.mvc
			.perform(held(first, "FACE_TO_FACE", List.of(this.members.get(0), this.members.get(1)))
				.with(this.coordinator))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(held(second, "ONLINE", List.of(this.members.get(0))).param("others", "2").with(this.coordinator))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(log(cancelled, "outcome", "NOT_HELD").with(this.coordinator))
			.andExpect(status().is3xxRedirection());

		String mine = page("/groups/" + this.groupId + "/attendance/mine", this.member);
		assertThat(mine).contains("/meetings/" + first + "\"", "You came to 1 of the group&#39;s last 2 meetings")
			.doesNotContain("/meetings/" + second + "\"", "/meetings/" + cancelled + "\"");

		String all = page("/groups/" + this.groupId + "/attendance", this.coordinator);
		assertThat(all).contains("/meetings/" + first + "\"", "/meetings/" + second + "\"",
				"/meetings/" + cancelled + "\"", "Out of the last 2 meetings that went ahead", "2 of 2", "1 of 2",
				"0 of 2", "Online", "Face to face", "Sam Later");
		assertThat(all.indexOf("/meetings/" + cancelled + "\"")).as("newest first")
			.isLessThan(all.indexOf("/meetings/" + first + "\""));

		this.mvc.perform(get("/groups/" + this.groupId + "/attendance").with(this.member))
			.andExpect(status().isForbidden());
		RequestPostProcessor outsider = TestUsers.as(this.accounts.byEmail("member@example.org").orElseThrow().id(),
				Role.MEMBER);
		this.mvc.perform(get("/groups/" + this.groupId + "/attendance/mine").with(outsider))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputAndFutureMeetingsStoreNothing() throws Exception {
		long past = meeting(this.pmpEnded.plusDays(7));
		long future = meeting(LocalDate.now().plusDays(3));
		long otherGroupsMembership = this.jdbc.queryForObject("select min(id) from membership where group_id <> ?",
				Long.class, this.groupId);
		this.mvc
			.perform(held(past, "FACE_TO_FACE", List.of(this.members.get(0), otherGroupsMembership))
				.param("others", "-3")
				.param("note", "x".repeat(501))
				.with(this.coordinator))
			.andExpect(status().isOk());
		this.mvc.perform(held(future, "FACE_TO_FACE", this.members).with(this.coordinator)).andExpect(status().isOk());
		this.mvc.perform(held(past, "FACE_TO_FACE", this.members).with(this.member)).andExpect(status().isForbidden());
		this.mvc.perform(held(999_999, "FACE_TO_FACE", this.members).with(this.coordinator))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_log where group_id = ?", Integer.class,
				this.groupId))
			.isZero();
		assertThat(groupStatus()).isEqualTo(GroupStatus.FORMING);
	}

}
