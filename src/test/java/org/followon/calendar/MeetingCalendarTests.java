package org.followon.calendar;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.followon.group.VenueType;
import org.followon.meeting.GroupMeeting;
import org.followon.meeting.MeetingDetails;
import org.followon.system.TestSettings;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar files, read back with ical4j as a calendar app would. */
class MeetingCalendarTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final MeetingCalendar calendar = new MeetingCalendar(messages(),
			Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), LONDON),
			TestSettings.followOn("https://follow-on.example/"));

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/system", "messages/meeting", "messages/calendar");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

	private static GroupMeeting meeting(long id, long groupId, LocalDate on, String address, String link) {
		return new GroupMeeting(id, groupId, new MeetingDetails(on, LocalTime.of(14, 0), LocalTime.of(16, 0),
				"Riverside cafe", link == null ? VenueType.CAFE : VenueType.ONLINE, address, link, Set.of()), false, 0);
	}

	private static VEvent only(String ics) throws Exception {
		List<VEvent> events = events(ics);
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private static List<VEvent> events(String ics) throws Exception {
		Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
		assertThat(parsed.getComponents(Component.VTIMEZONE)).as("the time zone is described").hasSize(1);
		return parsed.getComponents(Component.VEVENT);
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

	private static ZonedDateTime start(VEvent event) {
		assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
		return (ZonedDateTime) event.getDateTimeStart().getDate();
	}

	@Test
	void aMeetingHasAStableUidItsLondonTimesItsPlaceAndItsGroupAsTheTitle() throws Exception {
		VEvent event = only(this.calendar.meeting(meeting(42, 7, LocalDate.of(2026, 7, 2), "1 High Street", null),
				"Riverside Thursday group"));
		assertThat(value(event, Property.UID)).isEqualTo("meeting-42@follow-on.example");
		assertThat(start(event).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 7, 2, 14, 0));
		assertThat(start(event).toInstant()).as("British Summer Time").isEqualTo(Instant.parse("2026-07-02T13:00:00Z"));
		assertThat(value(event, Property.DTEND)).isEqualTo("20260702T160000");
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Riverside Thursday group");
		assertThat(value(event, Property.LOCATION)).isEqualTo("Riverside cafe, 1 High Street");
		assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(event, Property.URL)).isEqualTo("https://follow-on.example/groups/7/meetings/42");
	}

	@Test
	void meetingsEitherSideOfTheClockChangeKeepTheirWallClockTime() throws Exception {
		// The clocks go forward on Sunday 29 March 2026.
		List<VEvent> events = events(this.calendar.feed(List.of(meeting(1, 7, LocalDate.of(2026, 3, 26), null, null),
				meeting(2, 7, LocalDate.of(2026, 4, 2), null, null)), Map.of(7L, "Riverside Thursday group")));
		assertThat(events).extracting((e) -> start(e).toLocalTime()).containsOnly(LocalTime.of(14, 0));
		assertThat(events).extracting((e) -> start(e).toInstant())
			.containsExactly(Instant.parse("2026-03-26T14:00:00Z"), Instant.parse("2026-04-02T13:00:00Z"));
	}

	@Test
	void aChangedMeetingKeepsItsUidWithAHigherSequenceAndACancelledOneSaysSo() throws Exception {
		GroupMeeting meeting = meeting(42, 7, LocalDate.of(2026, 7, 2), null, null);
		VEvent before = only(this.calendar.meeting(meeting, "Riverside Thursday group"));
		meeting = new GroupMeeting(42, 7, meeting(42, 7, LocalDate.of(2026, 7, 9), null, null).details(), false, 1);
		VEvent moved = only(this.calendar.meeting(meeting, "Riverside Thursday group"));
		assertThat(value(moved, Property.UID)).isEqualTo(value(before, Property.UID));
		assertThat(Integer.parseInt(value(moved, Property.SEQUENCE)))
			.isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
		assertThat(start(moved).toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 9));

		meeting = new GroupMeeting(42, 7, meeting.details(), true, 2);
		VEvent cancelled = only(this.calendar.meeting(meeting, "Riverside Thursday group"));
		assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("2");
		assertThat(value(cancelled, Property.SUMMARY)).isEqualTo("Cancelled: Riverside Thursday group");
	}

	@Test
	void anOnlineMeetingGivesItsLinkAsTheUrl() throws Exception {
		VEvent event = only(this.calendar.meeting(
				meeting(43, 7, LocalDate.of(2026, 7, 2), null, "https://meet.example.org/riverside"), "Riverside"));
		assertThat(value(event, Property.URL)).isEqualTo("https://meet.example.org/riverside");
		assertThat(value(event, Property.LOCATION)).isEqualTo("Riverside cafe");
		assertThat(value(event, Property.DESCRIPTION)).contains("Join online: https://meet.example.org/riverside",
				"https://follow-on.example/groups/7/meetings/43");
	}

	@Test
	void aFeedNamesEachMeetingsGroupAndAsksToBeFetchedAgain() throws Exception {
		String ics = this.calendar.feed(List.of(meeting(1, 7, LocalDate.of(2026, 3, 26), null, null),
				meeting(2, 8, LocalDate.of(2026, 3, 27), null, null)), Map.of(7L, "Riverside", 8L, "Hillside"));
		assertThat(events(ics)).extracting((e) -> value(e, Property.SUMMARY)).containsExactly("Riverside", "Hillside");
		assertThat(ics).contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-WR-CALNAME:Follow-on group meetings");
	}

}
