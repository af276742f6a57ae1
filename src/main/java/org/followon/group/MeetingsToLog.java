package org.followon.group;

import java.util.Collection;
import java.util.Map;

/**
 * How many meetings each group has whose day has passed and that nobody has logged, for
 * its coordinators' "Waiting for you". Implemented by the meetinglog module; without it,
 * none.
 */
public interface MeetingsToLog {

	/** By group id, for the groups that have any. */
	Map<Long, Long> of(Collection<Long> groupIds);

}
