package org.followon.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.followon.IntegrationTest;
import org.followon.TestMail;
import org.followon.TwoAtOnce;
import org.followon.account.Role;
import org.followon.account.TestUsers;
import org.followon.notify.LocalNotify;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reminder job on PostgreSQL, run at times of the test's choosing, with emails caught
 * by GreenMail and texts by a local stand-in for GOV.UK Notify. A group of its own,
 * meeting in 2041: Ann coordinates (email), Bob chose texts, Cat chose no reminders, Dan
 * gave no address, Eve has not chosen (email).
 */
@IntegrationTest
class ReminderJobIntegrationTests {

	private static final GreenMail smtp = TestMail.server();

	static final LocalNotify notify = new LocalNotify();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("followon.notify.api-key", () -> LocalNotify.API_KEY);
		registry.add("followon.notify.sms-template-id", () -> LocalNotify.TEMPLATE_ID);
		registry.add("followon.notify.base-url", notify::baseUrl);
	}

	@AfterAll
	static void stopNotify() {
		notify.close();
	}

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final LocalDate MEETS_ON = LocalDate.of(2041, 4, 4);

	private static final Instant TWO_DAYS_BEFORE = at("2041-04-02T08:05");

	private static final String BOB_MOBILE = "07700 900222";

	@Autowired
	private ReminderJob job;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	private long groupId;

	private long ann;

	private long eve;

	private static Instant at(String london) {
		return LocalDateTime.parse(london).atZone(LONDON).toInstant();
	}

	@BeforeEach
	void group() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		notify.reset();
		List<Long> found = this.jdbc.queryForList("select id from follow_on_group where name = 'Reminder test group'",
				Long.class);
		this.groupId = found.isEmpty() ? makeGroup() : found.get(0);
		this.ann = account("ann-reminder@example.test");
		this.eve = account("eve-reminder@example.test");
		this.jdbc.update("delete from reminder_group_settings where group_id = ?", this.groupId);
		this.jdbc.update(
				"delete from reminder_preference where membership_id in (select id from membership where group_id = ?)",
				this.groupId);
		prefer("Bob", "TEXT");
		prefer("Cat", "NONE");
	}

	@AfterEach
	void removeMeetings() {
		this.jdbc.update("delete from meeting_answer where meeting_id in (select id from meeting where group_id = ?)",
				this.groupId);
		this.jdbc.update("delete from meeting where group_id = ?", this.groupId);
	}

	private long makeGroup() {
		long creator = this.jdbc.queryForObject("select id from account where email = 'staff@example.org'", Long.class);
		long group = this.jdbc.queryForObject("""
				insert into follow_on_group (name, frequency, channel, created_at, created_by, started_on)
				values ('Reminder test group', 'MONTHLY', 'EMAIL', now(), ?, current_date) returning id""", Long.class,
				creator);
		member(group, "Ann", newAccount("ann-reminder@example.test"), null, "07700 900111", "COORDINATOR");
		member(group, "Bob", null, "bob-reminder@example.test", BOB_MOBILE, "MEMBER");
		member(group, "Cat", null, "cat-reminder@example.test", null, "MEMBER");
		member(group, "Dan", null, null, null, "MEMBER");
		member(group, "Eve", newAccount("eve-reminder@example.test"), null, null, "MEMBER");
		return group;
	}

	private long newAccount(String email) {
		long id = this.jdbc.queryForObject("""
				insert into account (email, display_name, password_hash, created_at)
				values (?, ?, '{noop}not-used', now()) returning id""", Long.class, email, email);
		this.jdbc.update("insert into account_role (account_id, role) values (?, 'MEMBER')", id);
		return id;
	}

	private long account(String email) {
		return this.jdbc.queryForObject("select id from account where email = ?", Long.class, email);
	}

	private void member(long group, String name, Long account, String email, String mobile, String role) {
		this.jdbc.update("""
				insert into membership (group_id, account_id, known_as, email, mobile, role, joined_on)
				values (?, ?, ?, ?, ?, ?, current_date)""", group, account, name, email, mobile, role);
	}

	private void prefer(String name, String channel) {
		this.jdbc.update("""
				insert into reminder_preference (membership_id, channel, changed_at)
				select id, ?, now() from membership where group_id = ? and known_as = ?""", channel, this.groupId,
				name);
	}

	private long meeting(String status) {
		return this.jdbc.queryForObject("""
				insert into meeting (group_id, meets_on, starts_at, ends_at, venue_name, venue_type, address, status,
				                     created_by, created_at)
				values (?, ?, '14:00', '16:00', 'Test hall', 'HOME', '12 Secret Street', ?, ?, now()) returning id""",
				Long.class, this.groupId, MEETS_ON, status, this.ann);
	}

	private static List<String> recipients() throws Exception {
		return Arrays.stream(smtp.getReceivedMessages()).map((m) -> uncheckedRecipient(m)).sorted().toList();
	}

	private static String uncheckedRecipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void dueRemindersGoOutOnceEvenWhenTwoRunsOverlap() throws Exception {
		long meetingId = meeting("SCHEDULED");
		int sent = TwoAtOnce.run(() -> this.job.run(TWO_DAYS_BEFORE));
		sent += this.job.run(TWO_DAYS_BEFORE.plusSeconds(600));

		assertThat(sent).isEqualTo(3);
		assertThat(smtp.waitForIncomingEmail(2)).isTrue();
		assertThat(recipients()).containsExactly("ann-reminder@example.test", "eve-reminder@example.test");
		MimeMessage mail = smtp.getReceivedMessages()[0];
		String body = GreenMailUtil.getBody(mail);
		assertThat(mail.getSubject()).isEqualTo("Reminder: Reminder test group meets on Thursday 4 April");
		assertThat(body)
			.contains("14:00", "16:00", "Test hall", "/groups/" + this.groupId + "/meetings/" + meetingId,
					"/groups/" + this.groupId + "/reminders/mine")
			.doesNotContain("Secret Street", "Bob", "Cat", BOB_MOBILE, "eve-reminder");

		assertThat(notify.requests()).singleElement().satisfies((request) -> {
			assertThat(request.path()).isEqualTo("/v2/notifications/sms");
			assertThat(request.authorization()).startsWith("Bearer ey");
			JSONObject json = new JSONObject(request.body());
			assertThat(json.getString("phone_number")).isEqualTo(BOB_MOBILE);
			assertThat(json.getJSONObject("personalisation").toMap()).containsEntry("group", "Reminder test group")
				.containsEntry("date", "Thursday 4 April")
				.containsEntry("time", "14:00")
				.containsEntry("venue", "Test hall")
				.containsEntry("link", "http://localhost:8080/groups/" + this.groupId + "/meetings/" + meetingId);
		});
		assertThat(
				this.jdbc.queryForObject("select count(*) from reminder_sent where meeting_id = ? and status = 'SENT'",
						Integer.class, meetingId))
			.isEqualTo(3);
	}

	@Test
	void theGroupsTimesAndEachMembersChoiceAreRespected() throws Exception {
		meeting("SCHEDULED");
		this.mvc
			.perform(post("/groups/" + this.groupId + "/reminders").with(csrf())
				.with(TestUsers.as(this.ann, Role.MEMBER))
				.param("times", "DAY_BEFORE"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/groups/" + this.groupId + "/reminders/mine").with(csrf())
				.with(TestUsers.as(this.eve, Role.MEMBER))
				.param("channel", "NONE"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.job.run(TWO_DAYS_BEFORE)).isZero();
		assertThat(this.job.run(at("2041-04-03T08:00"))).isEqualTo(2);

		assertThat(smtp.waitForIncomingEmail(1)).isTrue();
		assertThat(recipients()).containsExactly("ann-reminder@example.test");
		assertThat(notify.requests()).hasSize(1);
	}

	@Test
	void someoneWhoSaidTheyAreNotGoingIsNotReminded() throws Exception {
		long meetingId = meeting("SCHEDULED");
		this.jdbc.update("""
				insert into meeting_answer (membership_id, meeting_id, answer, answered_at)
				select id, ?, 'NOT_GOING', now() from membership where group_id = ? and known_as = 'Eve'""", meetingId,
				this.groupId);
		assertThat(this.job.run(TWO_DAYS_BEFORE)).isEqualTo(2);
		assertThat(smtp.waitForIncomingEmail(1)).isTrue();
		assertThat(recipients()).containsExactly("ann-reminder@example.test");
		assertThat(notify.requests()).hasSize(1);
	}

	@Test
	void cancelledMeetingsAreNotReminded() {
		meeting("CANCELLED");
		assertThat(this.job.run(TWO_DAYS_BEFORE)).isZero();
		assertThat(this.job.run(at("2041-04-05T08:00"))).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(notify.requests()).isEmpty();
	}

	@Test
	void aFailedSendIsTriedAgainLaterAndNeverStopsTheOthers() throws Exception {
		long meetingId = meeting("SCHEDULED");
		notify.failFor(BOB_MOBILE);
		assertThat(this.job.run(TWO_DAYS_BEFORE)).isEqualTo(2);
		assertThat(this.job.run(TWO_DAYS_BEFORE.plusSeconds(600))).isZero();
		assertThat(recipients()).containsExactly("ann-reminder@example.test", "eve-reminder@example.test");
		assertThat(notify.requests()).hasSize(2);

		notify.failFor(null);
		assertThat(this.job.run(TWO_DAYS_BEFORE.plusSeconds(1200))).isEqualTo(1);
		assertThat(this.job.run(TWO_DAYS_BEFORE.plusSeconds(1800))).isZero();
		assertThat(notify.requests()).hasSize(3);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(this.jdbc.queryForObject("""
				select attempts from reminder_sent where meeting_id = ? and kind = 'TWO_DAYS_BEFORE' and status = 'SENT'
				and membership_id = (select id from membership where known_as = 'Bob' and group_id = ?)""",
				Integer.class, meetingId, this.groupId))
			.isEqualTo(3);
	}

	@Test
	void aSendThatKeepsFailingIsGivenUpAfterThreeTries() {
		meeting("SCHEDULED");
		notify.failFor(BOB_MOBILE);
		for (int run = 0; run < 5; run++) {
			this.job.run(TWO_DAYS_BEFORE.plusSeconds(600L * run));
		}
		assertThat(notify.requests()).hasSize(3);
	}

	@Test
	void theDayAfterTheCoordinatorsAreAskedOnceToLogTheMeeting() throws Exception {
		long meetingId = meeting("SCHEDULED");
		assertThat(this.job.run(at("2041-04-05T08:00"))).isEqualTo(1);
		assertThat(this.job.run(at("2041-04-05T09:00"))).isZero();
		assertThat(this.job.run(at("2041-04-06T08:00"))).isZero();

		assertThat(smtp.waitForIncomingEmail(1)).isTrue();
		assertThat(recipients()).containsExactly("ann-reminder@example.test");
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getSubject()).isEqualTo("Reminder test group: please log the meeting on Thursday 4 April");
		assertThat(GreenMailUtil.getBody(mail)).contains("/groups/" + this.groupId + "/meetings/" + meetingId);
		assertThat(notify.requests()).isEmpty();
	}

	@Test
	void nobodyIsAskedToLogAMeetingAlreadyLogged() {
		long meetingId = meeting("SCHEDULED");
		this.jdbc.update("""
				insert into meeting_log (meeting_id, group_id, held, face_to_face, logged_by, logged_at)
				values (?, ?, true, true, ?, now())""", meetingId, this.groupId, this.ann);
		assertThat(this.job.run(at("2041-04-05T08:00"))).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

}
