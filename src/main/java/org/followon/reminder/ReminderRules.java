package org.followon.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.followon.meeting.ScheduledMeeting;
import org.followon.system.FollowOnSettings;

import org.springframework.stereotype.Component;

/**
 * When each message about a meeting is due. Reminders go out at the morning hour ({@code
 * followon.reminders.send-at}, 08:00) so many days before; the one on the day goes at
 * least an hour before the start. A reminder is not sent once the meeting has started or
 * half a day after it was due (the job was down: a late reminder confuses more than it
 * helps); the request to log goes the morning after and is not sent more than two days
 * late.
 */
@Component
class ReminderRules {

	static final Duration REMINDER_LATE = Duration.ofHours(12);

	static final Duration LOG_REQUEST_LATE = Duration.ofDays(2);

	private final LocalTime sendAt;

	private final ZoneId zone;

	ReminderRules(ReminderSendingSettings settings, FollowOnSettings shared) {
		this.sendAt = settings.sendAt();
		this.zone = shared.timeZone();
	}

	ZoneId zone() {
		return this.zone;
	}

	ZonedDateTime dueAt(ScheduledMeeting meeting, ReminderKind kind) {
		ZonedDateTime due = meeting.on().plusDays(kind.days()).atTime(this.sendAt).atZone(this.zone);
		ZonedDateTime hourBefore = start(meeting).minusHours(1);
		return kind == ReminderKind.MORNING_OF && due.isAfter(hourBefore) ? hourBefore : due;
	}

	boolean isDue(ScheduledMeeting meeting, ReminderKind kind, Instant now) {
		Instant due = dueAt(meeting, kind).toInstant();
		Instant tooLate = kind == ReminderKind.LOG_REQUEST ? due.plus(LOG_REQUEST_LATE)
				: min(due.plus(REMINDER_LATE), start(meeting).toInstant());
		return !now.isBefore(due) && now.isBefore(tooLate);
	}

	/** The group's chosen reminders and the request to log, those due now. */
	List<ReminderKind> dueNow(ScheduledMeeting meeting, Set<ReminderKind> chosen, Instant now) {
		return Arrays.stream(ReminderKind.values())
			.filter((kind) -> kind == ReminderKind.LOG_REQUEST || chosen.contains(kind))
			.filter((kind) -> isDue(meeting, kind, now))
			.toList();
	}

	private ZonedDateTime start(ScheduledMeeting meeting) {
		return meeting.on().atTime(meeting.startsAt()).atZone(this.zone);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
