package org.followon.group;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Map;

/**
 * The next meeting of each of these groups, for members' home page. Implemented by the
 * meeting module, which depends on this one (never the other way round).
 */
public interface NextMeetings {

	/** The next scheduled meeting of each group that has one, by group id. */
	Map<Long, NextMeeting> of(Collection<Long> groupIds);

	record NextMeeting(LocalDate on, LocalTime at) {
	}

}
