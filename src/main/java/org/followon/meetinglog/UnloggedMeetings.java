package org.followon.meetinglog;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.followon.group.MeetingsToLog;
import org.followon.meeting.GroupMeeting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many meetings each group has to log, for coordinators' home page in the group
 * module.
 */
@Component
@Transactional(readOnly = true)
class UnloggedMeetings implements MeetingsToLog {

	private final MeetingLogService logs;

	UnloggedMeetings(MeetingLogService logs) {
		this.logs = logs;
	}

	@Override
	public Map<Long, Long> of(Collection<Long> groupIds) {
		if (groupIds.isEmpty()) {
			return Map.of();
		}
		return this.logs.unlogged(groupIds)
			.stream()
			.collect(Collectors.groupingBy(GroupMeeting::groupId, Collectors.counting()));
	}

}
