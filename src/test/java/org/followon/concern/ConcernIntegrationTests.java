package org.followon.concern;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.followon.IntegrationTest;
import org.followon.TestMail;
import org.followon.TwoAtOnce;
import org.followon.account.Role;
import org.followon.account.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Concerns on PostgreSQL, raised through the web layer by the demo member about the demo
 * coordinator, with the duty inbox caught by GreenMail and the job run at times of the
 * test's choosing. Other tests' concerns may be in the database: everything is checked by
 * this test's own concern ids.
 */
@IntegrationTest
class ConcernIntegrationTests {

	private static final GreenMail smtp = TestMail.server();

	private static final String PHONE = "07700 900999";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ConcernJob job;

	private long groupId;

	private long member;

	private long coordinator;

	private long clinician;

	private long lindasMembership;

	@BeforeEach
	void people() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		this.groupId = id("select id from follow_on_group where name = 'Riverside Thursday group'");
		this.member = id("select id from account where email = 'member@example.org'");
		this.coordinator = id("select id from account where email = 'coordinator@example.org'");
		this.clinician = id("select id from account where email = 'clinician@example.org'");
		this.lindasMembership = this.jdbc.queryForObject(
				"select id from membership where group_id = ? and account_id = ? and left_on is null", Long.class,
				this.groupId, this.coordinator);
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private RequestPostProcessor peter() {
		return TestUsers.as(this.member, Role.MEMBER);
	}

	private RequestPostProcessor dutyClinician() {
		return TestUsers.as(this.clinician, Role.CLINICIAN, Role.DUTY);
	}

	/**
	 * Peter raises a concern about Linda through the form, wanting an answer today;
	 * returns its id.
	 */
	private long raise(String words) throws Exception {
		return raise(words, Urgency.TODAY);
	}

	private long raise(String words, Urgency urgency) throws Exception {
		String location = this.mvc
			.perform(post("/concerns/new").with(csrf())
				.with(peter())
				.param("groupId", Long.toString(this.groupId))
				.param("about", Long.toString(this.lindasMembership))
				.param("whatHappened", words)
				.param("urgency", urgency.name())
				.param("personKnows", "NO")
				.param("contactBy", "PHONE")
				.param("contactPhone", PHONE))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring("/concerns/mine/".length()));
	}

	private static String words() {
		return "Linda told the group she had stopped eating " + UUID.randomUUID();
	}

	/** The alerts about this concern in the duty inbox, by their link. */
	private static List<MimeMessage> alertsAbout(long concernId) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> GreenMailUtil.getBody(m).matches("(?s).*/concerns/" + concernId + "(\\D.*)?"))
			.toList();
	}

	private int events(long concernId, String kind) {
		return this.jdbc.queryForObject("select count(*) from concern_event where concern_id = ? and kind = ?",
				Integer.class, concernId, kind);
	}

	@Test
	void theWayToRaiseAConcernIsOnTheGroupPageAPastMeetingItsLogAndEveryFooter() throws Exception {
		String link = "href=\"/concerns/new?group=" + this.groupId + "\"";
		long pastMeeting = id("select id from meeting where group_id = " + this.groupId
				+ " and meets_on < current_date and status = 'SCHEDULED' order by meets_on desc limit 1");
		String meeting = "/groups/" + this.groupId + "/meetings/" + pastMeeting;

		assertThat(page("/groups/" + this.groupId, peter())).contains(link);
		assertThat(page(meeting, peter())).contains(link);
		String log = page(meeting + "/log", TestUsers.as(this.coordinator, Role.MEMBER));
		assertThat(log).contains(link);
		assertThat(log.split("id=\"concern-link\"", -1)).as("one element with that id").hasSize(2);
		assertThat(page("/help", peter())).contains("id=\"footer-concern-link\" href=\"/concerns/new\"");
		assertThat(page("/help", peter())).as("and the way back to their status")
			.contains("id=\"footer-my-concerns-link\" href=\"/concerns/mine\"");
	}

	/** A duty clinician acknowledges the concern as it was at this version. */
	private org.springframework.test.web.servlet.ResultActions acknowledge(long id, long version) throws Exception {
		return this.mvc.perform(post("/concerns/" + id + "/acknowledge").with(csrf())
			.with(dutyClinician())
			.param("version", Long.toString(version)));
	}

	/** What a duty clinician's page at this path is drawn from. */
	private Object dutyModel(String path, String attribute) throws Exception {
		return this.mvc.perform(get(path).with(dutyClinician()))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get(attribute);
	}

	private String page(String path, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(get(path).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theQueueShowsConcernsWantedTodayFirstThenTheOldestAndClosedOnesMoveToTheirOwnList() throws Exception {
		long soon = raise(words(), Urgency.SOON);
		long olderToday = raise(words());
		long newerToday = raise(words());
		long closed = raise(words());
		this.jdbc.update("""
				update concern set acknowledged_at = now(), closed_at = now(), outcome = 'NO_FURTHER_ACTION'
				 where id = ?""", closed);

		List<ConcernViews.QueueRow> rows = (List<ConcernViews.QueueRow>) dutyModel("/concerns", "rows");
		List<Long> ids = rows.stream().map(ConcernViews.QueueRow::id).toList();
		assertThat(ids).contains(soon, olderToday, newerToday).doesNotContain(closed);
		assertThat(ids.indexOf(olderToday)).isLessThan(ids.indexOf(newerToday));
		assertThat(ids.indexOf(newerToday)).as("today before the next few days, however old")
			.isLessThan(ids.indexOf(soon));

		ConcernViews.ClosedPage closedPage = (ConcernViews.ClosedPage) dutyModel("/concerns/closed", "closed");
		assertThat(closedPage.rows()).extracting(ConcernViews.ClosedRow::id)
			.as("the most recently closed first, none open")
			.startsWith(closed)
			.doesNotContain(soon, olderToday, newerToday);
		assertThat(closedPage.rows().get(0).outcome()).isEqualTo(ConcernOutcome.NO_FURTHER_ACTION);
	}

	@Test
	void theAlertGoesToTheDutyInboxWithNoPersonalDetails() throws Exception {
		String words = words();
		long id = raise(words);
		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		List<MimeMessage> alerts = alertsAbout(id);
		assertThat(alerts).hasSize(1);
		MimeMessage alert = alerts.get(0);
		assertThat(alert.getAllRecipients()[0].toString()).isEqualTo("pain-service@example.org");
		String subjectAndBody = alert.getSubject() + "\n" + GreenMailUtil.getBody(alert);
		assertThat(subjectAndBody).contains("/concerns/" + id, "today")
			.doesNotContain("Peter", "Hughes", "Linda", "Evans", "Riverside", words, "stopped eating", PHONE,
					"member@example.org", "coordinator@example.org");
		assertThat(this.jdbc.queryForObject("select alert_sent_at is not null from concern where id = ?", Boolean.class,
				id))
			.isTrue();
		assertThat(events(id, "CREATED")).isEqualTo(1);
		assertThat(events(id, "ALERT_SENT")).isEqualTo(1);
	}

	@Test
	void aFirstAlertThatWasNotSentIsSentByTheJob() throws Exception {
		long id = raise(words());
		// As if the mail server had been down when the concern was saved.
		this.jdbc.update("update concern set alert_sent_at = null where id = ?", id);
		smtp.purgeEmailFromAllMailboxes();
		this.job.run(Instant.now().plusSeconds(30));
		assertThat(alertsAbout(id)).isEmpty(); // Too soon: the first send may still be
												// under way.
		this.job.run(Instant.now().plus(Duration.ofMinutes(3)));
		assertThat(alertsAbout(id)).hasSize(1);
		assertThat(this.jdbc.queryForObject("select alert_sent_at is not null from concern where id = ?", Boolean.class,
				id))
			.isTrue();
	}

	@Test
	void everyReadingByTheDutyRotaIsRecordedAndTheRecordsCannotBeChanged() throws Exception {
		long id = raise(words());
		this.mvc.perform(get("/concerns/" + id).with(dutyClinician())).andExpect(status().isOk());
		this.mvc.perform(get("/concerns/" + id).with(dutyClinician())).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from concern_read where concern_id = ? and account_id = ? and read_at is not null",
				Integer.class, id, this.clinician))
			.isEqualTo(2);
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.jdbc.update("update concern_read set account_id = ? where concern_id = ?", this.member, id));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from concern_read where concern_id = ?", id));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update concern_event set note = 'changed' where concern_id = ?", id));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from concern_event where concern_id = ?", id));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.execute("truncate concern_event, concern_read"));
		assertThat(
				this.jdbc.queryForObject("select count(*) from concern_read where concern_id = ?", Integer.class, id))
			.isEqualTo(2);
	}

	@Test
	void onlyTheRaiserAndTheDutyRotaSeeAConcern() throws Exception {
		long id = raise(words());
		this.mvc.perform(get("/concerns/mine/" + id).with(peter())).andExpect(status().isOk());
		long ptv = id("select id from account where email = 'ptv@example.org'");
		long staff = id("select id from account where email = 'staff@example.org'");
		for (RequestPostProcessor other : List.of(TestUsers.as(this.coordinator, Role.MEMBER),
				TestUsers.as(ptv, Role.PTV), TestUsers.as(this.clinician, Role.CLINICIAN),
				TestUsers.as(staff, Role.STAFF))) {
			// Not theirs: "not found", whoever asks, and nothing of it on the page.
			this.mvc.perform(get("/concerns/mine/" + id).with(other)).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/concerns/" + id).with(TestUsers.as(staff, Role.STAFF)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/concerns/" + id).with(peter())).andExpect(status().isForbidden());
		this.mvc.perform(get("/concerns/" + id).with(TestUsers.as(this.clinician, Role.CLINICIAN)))
			.andExpect(status().isForbidden());
		// Someone whose session still carries the role but who is no longer on the rota.
		this.mvc.perform(get("/concerns/" + id).with(TestUsers.as(ptv, Role.PTV, Role.DUTY)))
			.andExpect(status().isForbidden());
		assertThat(
				this.jdbc.queryForObject("select count(*) from concern_read where concern_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void anUnacknowledgedConcernGetsExactlyOneSecondAlert() throws Exception {
		long id = raise(words());
		Instant acknowledgeBy = this.jdbc
			.queryForObject("select acknowledge_by from concern where id = ?", java.sql.Timestamp.class, id)
			.toInstant();
		this.job.run(acknowledgeBy.minusSeconds(60));
		assertThat(events(id, "SECOND_ALERT_SENT")).isZero();
		Instant late = acknowledgeBy.plus(Duration.ofMinutes(1));
		TwoAtOnce.run(() -> this.job.run(late));
		this.job.run(late.plus(Duration.ofHours(8)));
		assertThat(events(id, "SECOND_ALERT_SENT")).isEqualTo(1);
		List<MimeMessage> second = alertsAbout(id).stream()
			.filter((m) -> subject(m).contains("not yet acknowledged"))
			.toList();
		assertThat(second).hasSize(1);
		assertThat(subject(second.get(0)) + GreenMailUtil.getBody(second.get(0))).doesNotContain("Linda", "Peter",
				"Riverside", PHONE);
	}

	@Test
	void aSecondAlertClaimedByAnInstanceThatStoppedBeforeSendingIsSentByALaterRun() throws Exception {
		long id = raise(words());
		Instant acknowledgeBy = this.jdbc
			.queryForObject("select acknowledge_by from concern where id = ?", java.sql.Timestamp.class, id)
			.toInstant();
		// An instance claimed it a minute after it fell due, then stopped before sending.
		Instant claimed = acknowledgeBy.plus(Duration.ofMinutes(1));
		this.jdbc.update("update concern set escalated_at = ? where id = ?", java.sql.Timestamp.from(claimed), id);
		this.job.run(claimed.plus(Duration.ofMinutes(5)));
		assertThat(events(id, "SECOND_ALERT_SENT")).as("a fresh claim may still be sending").isZero();
		Instant later = claimed.plus(ConcernJob.STALE_CLAIM).plus(Duration.ofMinutes(1));
		TwoAtOnce.run(() -> this.job.run(later));
		this.job.run(later.plus(Duration.ofHours(1)));
		assertThat(events(id, "SECOND_ALERT_SENT")).isEqualTo(1);
		assertThat(alertsAbout(id).stream().filter((m) -> subject(m).contains("not yet acknowledged"))).hasSize(1);
	}

	@Test
	void anAcknowledgedConcernGetsNoSecondAlert() throws Exception {
		long id = raise(words());
		long version = this.jdbc.queryForObject("select version from concern where id = ?", Long.class, id);
		acknowledge(id, version).andExpect(status().isFound());
		this.job.run(Instant.now().plus(Duration.ofDays(30)));
		assertThat(events(id, "ACKNOWLEDGED")).isEqualTo(1);
		assertThat(events(id, "SECOND_ALERT_SENT")).isZero();
		assertThat(this.jdbc.queryForObject("select escalated_at is null from concern where id = ?", Boolean.class, id))
			.isTrue();
	}

	@Test
	void acknowledgingOrClosingFromAStalePageClashesAndChangesNothing() throws Exception {
		long id = raise(words());
		long version = this.jdbc.queryForObject("select version from concern where id = ?", Long.class, id);
		acknowledge(id, version).andExpect(status().isFound());
		// A second duty clinician, on the page as it was before the first acknowledged
		// it.
		acknowledge(id, version).andExpect(status().isConflict());
		this.mvc
			.perform(post("/concerns/" + id + "/close").with(csrf())
				.with(dutyClinician())
				.param("version", Long.toString(version))
				.param("outcome", "SPOKE_TO_PERSON")
				.param("outcomeNote", "Closed from an old page"))
			.andExpect(status().isConflict());
		assertThat(events(id, "ACKNOWLEDGED")).isEqualTo(1);
		assertThat(events(id, "CLOSED")).isZero();
		assertThat(this.jdbc.queryForObject("select closed_at is null from concern where id = ?", Boolean.class, id))
			.isTrue();
	}

	@Test
	void theRaiserSeesTheStatusButNeverTheServicesNotes() throws Exception {
		long id = raise(words());
		long version = this.jdbc.queryForObject("select version from concern where id = ?", Long.class, id);
		this.mvc
			.perform(post("/concerns/" + id + "/actions").with(csrf())
				.with(dutyClinician())
				.param("version", Long.toString(version))
				.param("note", "Internal: rang Linda's GP surgery"))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/concerns/" + id + "/close").with(csrf())
				.with(dutyClinician())
				.param("version", Long.toString(version + 1))
				.param("outcome", "SPOKE_TO_PERSON")
				.param("outcomeNote", "Internal: Linda is safe"))
			.andExpect(status().isFound());
		// A stale page clashes and changes nothing.
		this.mvc
			.perform(post("/concerns/" + id + "/actions").with(csrf())
				.with(dutyClinician())
				.param("version", Long.toString(version))
				.param("note", "Late note"))
			.andExpect(status().isConflict());
		String page = this.mvc.perform(get("/concerns/mine/" + id).with(peter()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Closed").doesNotContain("Internal:");
		assertThat(events(id, "ACKNOWLEDGED")).isEqualTo(1);
		assertThat(events(id, "ACTION")).isEqualTo(1);
		assertThat(events(id, "CLOSED")).isEqualTo(1);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
