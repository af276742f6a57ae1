package org.followon.meeting;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.followon.account.DemoSignIns;
import org.followon.group.Accessibility;
import org.followon.group.DemoGroup;
import org.followon.group.GroupSummary;
import org.followon.group.Groups;
import org.followon.group.VenueType;
import org.followon.system.DemoData;
import org.followon.system.DemoRecords;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The meeting module's part of the demo data: the demo group ({@link DemoGroup}) meets on
 * the first Thursday of the month after its first meeting from the hand-over, a series of
 * six scheduled by its coordinator ({@link DemoSignIns}). The first meeting, when it has
 * passed, is there too, not logged yet, so the group is still forming.
 */
@Component
@ConditionalOnBooleanProperty("followon.demo.enabled")
class DemoMeetings implements DemoData {

	private final Groups groups;

	private final MeetingRepository meetings;

	private final MeetingSeriesRepository series;

	private final Clock clock;

	DemoMeetings(Groups groups, MeetingRepository meetings, MeetingSeriesRepository series, Clock clock) {
		this.groups = groups;
		this.meetings = meetings;
		this.series = series;
		this.clock = clock;
	}

	@Override
	public Set<Class<? extends Record>> reads() {
		return Set.of(DemoGroup.class, DemoSignIns.class);
	}

	@Override
	public boolean hasData() {
		return this.meetings.count() > 0;
	}

	@Override
	public void load(DemoRecords records) {
		GroupSummary group = this.groups.summary(records.get(DemoGroup.class).id());
		long linda = records.get(DemoSignIns.class).coordinator();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = group.firstMeetingOn() == null || group.firstMeetingOn().isBefore(today) ? today
				: group.firstMeetingOn().plusDays(1);
		RepeatRule rule = RepeatRule.monthly(WeekOfMonth.FIRST, DayOfWeek.THURSDAY, null, 6);
		MeetingDetails details = new MeetingDetails(from, LocalTime.of(11, 0), LocalTime.of(13, 0),
				"Riverside Leisure Centre cafe", VenueType.CAFE, "Riverside Leisure Centre, Mill Lane", null,
				EnumSet.of(Accessibility.STEP_FREE, Accessibility.SEATING, Accessibility.ACCESSIBLE_TOILET));
		if (group.firstMeetingOn() != null && group.firstMeetingOn().isBefore(today)) {
			// The first meeting agreed at the hand-over has happened; it waits for Linda
			// to log it.
			this.meetings
				.save(new Meeting(group.id(), null, details.on(group.firstMeetingOn()), linda, this.clock.instant()));
		}
		MeetingSeries saved = this.series.save(new MeetingSeries(group.id(), rule, from, linda, this.clock.instant()));
		for (LocalDate date : rule.dates(from)) {
			this.meetings.save(new Meeting(group.id(), saved.getId(), details.on(date), linda, this.clock.instant()));
		}
	}

}
