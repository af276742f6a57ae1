package org.followon.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting that is still on, as other modules (reminders) see it: when and at which place. */
public record ScheduledMeeting(long id, long groupId, LocalDate on, LocalTime startsAt, LocalTime endsAt,
		String venueName) {
}
