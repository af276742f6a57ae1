package org.followon.meeting;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;
import org.followon.group.Accessibility;
import org.followon.group.GroupSummary;
import org.followon.group.Groups;
import org.followon.group.VenueType;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo group meets on the first Thursday of the month after its first meeting from
 * the hand-over: a series of six, scheduled by its coordinator. The first meeting, when
 * it has passed, is there too, not logged yet, so the group is still forming. Loaded
 * once, after the demo hand-over, when no meeting exists yet.
 */
@Component
@ConditionalOnBooleanProperty("followon.demo.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class DemoMeetings implements ApplicationRunner {

	private final Groups groups;

	private final Accounts accounts;

	private final MeetingRepository meetings;

	private final MeetingSeriesRepository series;

	private final Clock clock;

	DemoMeetings(Groups groups, Accounts accounts, MeetingRepository meetings, MeetingSeriesRepository series,
			Clock clock) {
		this.groups = groups;
		this.accounts = accounts;
		this.meetings = meetings;
		this.series = series;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		GroupSummary group = this.groups.named("Riverside Thursday group").orElse(null);
		AccountSummary linda = this.accounts.byEmail("coordinator@example.org").orElse(null);
		if (group == null || linda == null || this.meetings.count() > 0) {
			return;
		}
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
			this.meetings.save(new Meeting(group.id(), null, details.on(group.firstMeetingOn()), linda.id(),
					this.clock.instant()));
		}
		MeetingSeries saved = this.series
			.save(new MeetingSeries(group.id(), rule, from, linda.id(), this.clock.instant()));
		for (LocalDate date : rule.dates(from)) {
			this.meetings
				.save(new Meeting(group.id(), saved.getId(), details.on(date), linda.id(), this.clock.instant()));
		}
	}

}
