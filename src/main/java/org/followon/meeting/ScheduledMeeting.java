package org.followon.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * A meeting that is still on, as other modules (reminders) see it: when, at which place,
 * and the memberships whose answer to it (or to its series) is "not going", and whether
 * it has been logged.
 */
public record ScheduledMeeting(long id, long groupId, LocalDate on, LocalTime startsAt, LocalTime endsAt,
		String venueName, Set<Long> notGoing, boolean logged) {

	public ScheduledMeeting(long id, long groupId, LocalDate on, LocalTime startsAt, LocalTime endsAt,
			String venueName) {
		this(id, groupId, on, startsAt, endsAt, venueName, Set.of(), false);
	}

}
