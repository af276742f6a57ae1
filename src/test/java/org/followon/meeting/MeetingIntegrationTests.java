package org.followon.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.followon.IntegrationTest;
import org.followon.TestMail;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.TestUsers;
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
 * Scheduling, answering, moving and cancelling the demo group's meetings on PostgreSQL,
 * with emails caught by GreenMail. Each test's meetings are at "Test venue" and removed
 * afterwards.
 */
@IntegrationTest
class MeetingIntegrationTests {

	private static final GreenMail smtp = TestMail.server();

	private static final String VENUE = "Test venue";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	private long groupId;

	private RequestPostProcessor linda;

	private RequestPostProcessor peter;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	@BeforeEach
	void demoGroup() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		this.groupId = this.jdbc
			.queryForObject("select id from follow_on_group where name = 'Riverside Thursday group'", Long.class);
		this.linda = TestUsers.as(this.accounts.byEmail("coordinator@example.org").orElseThrow().id(), Role.MEMBER);
		this.peter = TestUsers.as(this.accounts.byEmail("member@example.org").orElseThrow().id(), Role.MEMBER);
	}

	@AfterEach
	void removeTestMeetings() {
		String ours = "select id from meeting where venue_name = '" + VENUE + "'";
		this.jdbc.update("delete from meeting_answer where meeting_id in (" + ours + ") or series_id in "
				+ "(select series_id from meeting where venue_name = '" + VENUE + "')");
		List<Long> series = this.jdbc.queryForList(
				"select distinct series_id from meeting where venue_name = ? and series_id is not null", Long.class,
				VENUE);
		this.jdbc.update("delete from meeting where venue_name = ?", VENUE);
		series.forEach((id) -> this.jdbc.update("delete from meeting_series where id = ?", id));
		this.jdbc.update("delete from meeting where group_id not in (select id from follow_on_group)");
	}

	private MockHttpServletRequestBuilder schedule(LocalDate on, String... more) {
		return meetingForm("/groups/" + this.groupId + "/meetings/new", on, more);
	}

	private MockHttpServletRequestBuilder meetingForm(String path, LocalDate on, String... more) {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("day", Integer.toString(on.getDayOfMonth()));
		params.put("month", Integer.toString(on.getMonthValue()));
		params.put("year", Integer.toString(on.getYear()));
		params.put("startTime", "11:00");
		params.put("endTime", "13:00");
		params.put("venueName", VENUE);
		params.put("venueType", "HOME");
		params.put("address", "12 Secret Street");
		params.put("repeat", "NONE");
		for (int i = 0; i < more.length; i += 2) {
			params.put(more[i], more[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		params.forEach(request::param);
		return request;
	}

	private List<Long> ours() {
		return this.jdbc.queryForList("select id from meeting where venue_name = ? order by meets_on", Long.class,
				VENUE);
	}

	private List<LocalDate> ourDates() {
		return this.jdbc.queryForList("select meets_on from meeting where venue_name = ? order by meets_on",
				LocalDate.class, VENUE);
	}

	private String page(String path, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString();
	}

	private long version(long meetingId) {
		return this.jdbc.queryForObject("select version from meeting where id = ?", Long.class, meetingId);
	}

	@Test
	void aCoordinatorSchedulesAMonthlySeriesAsOneRowPerMeeting() throws Exception {
		this.mvc
			.perform(schedule(this.today.plusDays(1).withDayOfMonth(1).plusMonths(1).minusDays(1), "repeat", "MONTHLY",
					"monthWeek", "SECOND", "monthDay", "TUESDAY", "ends", "COUNT", "count", "4")
				.with(this.linda))
			.andExpect(status().is3xxRedirection());
		YearMonth next = YearMonth.from(this.today).plusMonths(1);
		assertThat(ourDates()).containsExactly(Arrays.stream(new int[] { 0, 1, 2, 3 })
			.mapToObj((i) -> WeekOfMonth.SECOND.in(next.plusMonths(i), DayOfWeek.TUESDAY))
			.toArray(LocalDate[]::new));
		assertThat(page("/groups/" + this.groupId + "/meetings", this.peter)).contains(VENUE);
	}

	@Test
	void badInputShowsTheProblemsAndStoresNothing() throws Exception {
		LocalDate on = this.today.plusDays(10);
		String page = this.mvc
			.perform(schedule(on, "endTime", "10:00", "venueType", "ONLINE", "address", "", "link",
					"javascript:alert(1)", "repeat", "WEEKS", "everyWeeks", "2")
				.with(this.linda))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("There is a problem", "The end time must be after the start time",
				"Enter a link that starts with https:// or http://", "Select when the repeating meetings end");
		String tooLong = this.mvc.perform(schedule(on, "venueName", "x".repeat(10_000)).with(this.linda))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooLong).contains("The name of the place must be 100 characters or fewer");
		String tooMany = this.mvc
			.perform(schedule(on, "repeat", "WEEKS", "everyWeeks", "1", "ends", "UNTIL", "untilDay", "1", "untilMonth",
					"1", "untilYear", Integer.toString(on.getYear() + 2))
				.with(this.linda))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooMany).contains("A series can have up to 52 meetings");
		assertThat(this.jdbc.queryForObject("select count(*) from meeting where venue_name like 'x%' or venue_name = ?",
				Long.class, VENUE))
			.isZero();
	}

	@Test
	void membersAnswerForTheSeriesAndOneMeetingAndCoordinatorsSeeWhoIsComing() throws Exception {
		this.mvc
			.perform(schedule(this.today.plusDays(7), "repeat", "WEEKS", "everyWeeks", "2", "ends", "COUNT", "count",
					"3")
				.with(this.linda))
			.andExpect(status().is3xxRedirection());
		List<Long> meetings = ours();
		String base = "/groups/" + this.groupId + "/meetings/";
		this.mvc
			.perform(post(base + meetings.get(0) + "/answer").with(this.peter)
				.with(csrf())
				.param("answer", "GOING")
				.param("wholeSeries", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(
					post(base + meetings.get(1) + "/answer").with(this.peter).with(csrf()).param("answer", "NOT_GOING"))
			.andExpect(status().is3xxRedirection());
		assertThat(page(base + meetings.get(1), this.linda)).contains("Going: 0. Maybe: 0. Not going: 1.")
			.contains("Peter Hughes");
		assertThat(page(base + meetings.get(2), this.linda)).contains("Going: 1. Maybe: 0. Not going: 0.");
		assertThat(page(base + meetings.get(2), this.peter)).contains("Your answer for the whole series: Going")
			.doesNotContain("Who is coming");
		// Linda, a member too, may answer; the PTV may not.
		this.mvc
			.perform(post(base + meetings.get(0) + "/answer")
				.with(TestUsers.as(this.accounts.byEmail("ptv@example.org").orElseThrow().id(), Role.PTV))
				.with(csrf())
				.param("answer", "GOING"))
			.andExpect(status().isForbidden());
	}

	@Test
	void movingOneMeetingEmailsTheMembersWithoutAnyoneElsesDetails() throws Exception {
		this.mvc
			.perform(schedule(this.today.plusDays(7), "repeat", "WEEKS", "everyWeeks", "1", "ends", "COUNT", "count",
					"3")
				.with(this.linda))
			.andExpect(status().is3xxRedirection());
		long moved = ours().get(1);
		LocalDate to = this.today.plusDays(20);
		this.mvc
			.perform(meetingForm("/groups/" + this.groupId + "/meetings/" + moved + "/change", to, "version",
					Long.toString(version(moved)), "startTime", "14:00", "endTime", "15:30")
				.with(this.linda))
			.andExpect(status().is3xxRedirection());
		assertThat(ourDates()).containsExactly(this.today.plusDays(7), this.today.plusDays(20),
				this.today.plusDays(21));
		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		MimeMessage[] mails = smtp.getReceivedMessages();
		List<String> to1 = Arrays.stream(mails).map((m) -> {
			try {
				return m.getAllRecipients()[0].toString();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(to1).contains("member@example.org").doesNotContain("coordinator@example.org");
		assertThat(mails).allSatisfy((m) -> assertThat(m.getAllRecipients()).hasSize(1));
		MimeMessage mail = mails[0];
		assertThat(mail.getSubject()).isEqualTo("Riverside Thursday group: a meeting has changed");
		assertThat(GreenMailUtil.getBody(mail))
			.contains("14:00", "15:30", "/groups/" + this.groupId + "/meetings/" + moved)
			.doesNotContain("Secret Street", "Linda", "Peter", "07700");
	}

	@Test
	void aStaleVersionIsAClashAndChangesNothing() throws Exception {
		this.mvc.perform(schedule(this.today.plusDays(3)).with(this.linda)).andExpect(status().is3xxRedirection());
		long id = ours().get(0);
		this.mvc
			.perform(post("/groups/" + this.groupId + "/meetings/" + id + "/cancel").with(this.linda)
				.with(csrf())
				.param("version", Long.toString(version(id) + 1)))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select status from meeting where id = ?", String.class, id))
			.isEqualTo("SCHEDULED");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void cancellingOneMeetingOrTheRestOfTheSeries() throws Exception {
		this.mvc
			.perform(schedule(this.today.plusDays(7), "repeat", "WEEKS", "everyWeeks", "1", "ends", "COUNT", "count",
					"4")
				.with(this.linda))
			.andExpect(status().is3xxRedirection());
		List<Long> ids = ours();
		String base = "/groups/" + this.groupId + "/meetings/";
		this.mvc
			.perform(post(base + ids.get(0) + "/cancel").with(this.linda)
				.with(csrf())
				.param("version", Long.toString(version(ids.get(0)))))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(base + ids.get(2) + "/cancel").with(this.linda)
				.with(csrf())
				.param("version", Long.toString(version(ids.get(2))))
				.param("laterToo", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select status from meeting where venue_name = ? order by meets_on",
				String.class, VENUE))
			.containsExactly("CANCELLED", "SCHEDULED", "CANCELLED", "CANCELLED");
		assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
		assertThat(page(base + ids.get(0), this.peter)).contains("This meeting has been cancelled")
			.doesNotContain("Save your answer");
	}

	@Test
	void onlyOrganisersScheduleAndNobodyOutsideSeesAHomeAddress() throws Exception {
		this.mvc.perform(schedule(this.today.plusDays(5)).with(this.peter)).andExpect(status().isForbidden());
		this.mvc.perform(schedule(this.today.plusDays(5)).with(this.linda)).andExpect(status().is3xxRedirection());
		long id = ours().get(0);
		String path = "/groups/" + this.groupId + "/meetings/" + id;
		assertThat(page(path, this.peter)).contains("12 Secret Street");
		RequestPostProcessor clinician = TestUsers.as(this.accounts.byEmail("clinician@example.org").orElseThrow().id(),
				Role.CLINICIAN);
		this.mvc.perform(get(path).with(clinician)).andExpect(status().isForbidden());
		this.mvc.perform(get("/groups/" + this.groupId).with(clinician)).andExpect(status().isOk());
		assertThat(page("/groups/" + this.groupId, clinician)).doesNotContain("Secret Street");
	}

	@Test
	void aMeetingOfAnotherGroupIsNotFound() throws Exception {
		long creator = this.accounts.byEmail("staff@example.org").orElseThrow().id();
		Long other = this.jdbc.queryForObject("""
				insert into follow_on_group (name, frequency, channel, created_at, created_by, started_on)
				values ('Meeting tests other group', 'MONTHLY', 'EMAIL', now(), ?, current_date) returning id""",
				Long.class, creator);
		Long theirs = this.jdbc.queryForObject(
				"""
						insert into meeting (group_id, meets_on, starts_at, ends_at, venue_name, venue_type, status, created_by,
						created_at) values (?, current_date + 3, '10:00', '11:00', ?, 'CAFE', 'SCHEDULED', ?, now()) returning id""",
				Long.class, other, VENUE, creator);
		this.mvc.perform(get("/groups/" + this.groupId + "/meetings/" + theirs).with(this.peter))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/groups/" + this.groupId + "/meetings/" + theirs + "/change").with(this.linda))
			.andExpect(status().isNotFound());
		this.jdbc.update("delete from meeting where id = ?", theirs);
		this.jdbc.update("delete from follow_on_group where id = ?", other);
	}

	@Test
	void theHomePageShowsEachGroupsNextMeeting() throws Exception {
		this.mvc.perform(schedule(this.today).with(this.linda)).andExpect(status().is3xxRedirection());
		assertThat(page("/groups", this.peter)).contains("Next meeting: "
				+ this.today
					.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK))
				+ " at 11:00");
	}

}
