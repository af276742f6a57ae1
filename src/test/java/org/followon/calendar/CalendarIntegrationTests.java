package org.followon.calendar;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.followon.IntegrationTest;
import org.followon.account.Accounts;
import org.followon.account.SecretTokens;
import org.followon.group.Groups;
import org.followon.group.TestGroups;
import org.followon.group.TestGroups.Group;
import org.followon.group.TestGroups.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Calendar files and feeds on PostgreSQL, through the real URLs and security rules, on
 * groups and people of the test's own: a feed follows its owner's current groups, a reset
 * token stops working at once, and a meeting's file is only for those who see the
 * meeting.
 */
@IntegrationTest
class CalendarIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Groups groups;

	@Autowired
	private Accounts accounts;

	private TestGroups fixtures;

	private Person coordinator;

	private Person member;

	private Person outsider;

	private Group group;

	private Group other;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	@BeforeEach
	void twoGroups() {
		this.fixtures = new TestGroups(this.groups, this.accounts, this.jdbc);
		this.coordinator = this.fixtures.person("Nia Rees");
		this.member = this.fixtures.person("Owen Price");
		this.outsider = this.fixtures.person("Pam Shaw");
		this.group = this.fixtures.group("Calendar test group", this.coordinator, this.member);
		this.other = this.fixtures.group("Calendar other group", this.outsider);
	}

	private long meeting(Group group, Person by, LocalDate on) {
		MvcTestResult result = this.mvc.post()
			.uri(group.path() + "/meetings/new")
			.with(by.signedIn())
			.with(csrf())
			.param("day", Integer.toString(on.getDayOfMonth()))
			.param("month", Integer.toString(on.getMonthValue()))
			.param("year", Integer.toString(on.getYear()))
			.param("startTime", "11:00")
			.param("endTime", "13:00")
			.param("venueName", "Library cafe")
			.param("venueType", "CAFE")
			.param("address", "2 Mill Lane")
			.param("repeat", "NONE")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * Makes or replaces the person's feed as their page would; returns the token in the
	 * new URL.
	 */
	private String renew(Person who) {
		var post = this.mvc.post().uri("/calendar").with(who.signedIn()).with(csrf());
		List<String> versions = this.jdbc.queryForList("select version::text from calendar_feed where account_id = ?",
				String.class, who.id());
		if (!versions.isEmpty()) {
			post = post.param("version", versions.get(0));
		}
		MvcTestResult result = post.exchange();
		assertThat(result).hasRedirectedUrl("/calendar");
		String url = (String) result.getMvcResult().getFlashMap().get("feedUrl");
		return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
	}

	private MvcTestResult feed(String token) {
		return this.mvc.get().uri("/calendar/" + token + ".ics").exchange();
	}

	private static List<VEvent> events(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk().hasContentType("text/calendar;charset=UTF-8");
		return new CalendarBuilder().build(new StringReader(result.getResponse().getContentAsString()))
			.getComponents(Component.VEVENT);
	}

	private static List<String> uids(MvcTestResult result) throws Exception {
		return events(result).stream().map((e) -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
	}

	private static String uid(long meetingId) {
		return "meeting-" + meetingId + "@localhost";
	}

	@Test
	void aFeedListsTheMeetingsOfItsOwnersCurrentGroupsOnlyUntilTheyLeave() throws Exception {
		long ours = meeting(this.group, this.coordinator, this.today.plusDays(7));
		long longAgo = meeting(this.group, this.coordinator, this.today.plusDays(1));
		this.jdbc.update("update meeting set meets_on = ? where id = ?", this.today.minusMonths(4), longAgo);
		long theirs = meeting(this.other, this.outsider, this.today.plusDays(7));
		String token = renew(this.member);

		assertThat(uids(feed(token))).containsExactly(uid(ours));
		assertThat(uids(feed(renew(this.outsider)))).containsExactly(uid(theirs));

		assertThat(this.mvc.post()
			.uri(this.group.path() + "/leave")
			.with(this.member.signedIn())
			.with(csrf())
			.param("version", this.fixtures.version(this.fixtures.membership(this.group, this.member))))
			.hasRedirectedUrl("/groups");
		assertThat(uids(feed(token))).isEmpty();
	}

	@Test
	void aResetTokenStopsWorkingAtOnceAndOnlyItsHashIsKept() throws Exception {
		long ours = meeting(this.group, this.coordinator, this.today.plusDays(3));
		String first = renew(this.member);
		assertThat(uids(feed(first))).containsExactly(uid(ours));

		String second = renew(this.member);
		assertThat(second).isNotEqualTo(first);
		assertThat(feed(first)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(uids(feed(second))).containsExactly(uid(ours));
		assertThat(feed("made-up")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.queryForObject("select token_hash from calendar_feed where account_id = ?", String.class,
				this.member.id()))
			.isEqualTo(SecretTokens.hash(second));

		// A stale page (another tab, a second click) replaces nothing.
		assertThat(this.mvc.post().uri("/calendar").with(this.member.signedIn()).with(csrf()).param("version", "0"))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(feed(second)).hasStatusOk();
	}

	@Test
	void aMeetingsFileFollowsItsChangesAndIsOnlyForThoseWhoSeeIt() throws Exception {
		LocalDate on = this.today.plusDays(10);
		long id = meeting(this.group, this.coordinator, on);
		String path = this.group.path() + "/meetings/" + id;
		VEvent before = events(this.mvc.get().uri(path + "/calendar.ics").with(this.member.signedIn()).exchange())
			.get(0);
		assertThat(before.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid(id));
		assertThat(before.getProperty(Property.LOCATION).orElseThrow().getValue())
			.isEqualTo("Library cafe, 2 Mill Lane");
		assertThat(this.mvc.get().uri(path).with(this.member.signedIn())).bodyText()
			.contains("href=\"" + path + "/calendar.ics\"");

		assertThat(this.mvc.post()
			.uri(path + "/cancel")
			.with(this.coordinator.signedIn())
			.with(csrf())
			.param("version",
					this.jdbc.queryForObject("select version::text from meeting where id = ?", String.class, id)))
			.hasStatus(HttpStatus.FOUND);
		VEvent after = events(this.mvc.get().uri(path + "/calendar.ics").with(this.member.signedIn()).exchange())
			.get(0);
		assertThat(after.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid(id));
		assertThat(after.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(Integer.parseInt(after.getProperty(Property.SEQUENCE).orElseThrow().getValue()))
			.isGreaterThan(Integer.parseInt(before.getProperty(Property.SEQUENCE).orElseThrow().getValue()));

		assertThat(this.mvc.get().uri(path + "/calendar.ics").with(this.outsider.signedIn()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get()
			.uri(this.other.path() + "/meetings/" + id + "/calendar.ics")
			.with(this.outsider.signedIn())).hasStatus(HttpStatus.NOT_FOUND);
	}

}
