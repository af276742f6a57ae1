package org.followon.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.followon.group.GroupAccess;

/**
 * What the meeting pages and reminders show of meetings' logs. Implemented by the
 * meetinglog module, which uses this module's meetings, so that this module need not
 * depend on it.
 */
public interface MeetingLogs {

	/** Which of these meetings have been logged. */
	Set<Long> loggedAmong(Collection<Long> meetingIds);

	/**
	 * Where the meeting's log stands, for the group's organisers; null for anyone else.
	 */
	Status status(GroupAccess group, long meetingId, LocalDate on);

	/**
	 * The group's meetings waiting to be logged, for its organisers; none for anyone
	 * else.
	 */
	List<ToLog> toLog(GroupAccess group);

	/** Where a meeting's log stands, for its organisers on the meeting's page. */
	record Status(boolean loggable, boolean logged, boolean held, int came, Boolean faceToFace) {
	}

	/** A meeting whose day has passed and that nobody has logged yet. */
	record ToLog(long id, LocalDate on, LocalTime startsAt, String venueName) {
	}

}
