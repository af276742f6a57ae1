package org.followon.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.followon.group.MeetingsToLog;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many meetings each group has to log, for coordinators' home page in the group
 * module.
 */
@Component
@Transactional(readOnly = true)
class UnloggedMeetings implements MeetingsToLog {

	private final MeetingLogRepository logs;

	private final Clock clock;

	UnloggedMeetings(MeetingLogRepository logs, Clock clock) {
		this.logs = logs;
		this.clock = clock;
	}

	@Override
	public Map<Long, Long> of(Collection<Long> groupIds) {
		if (groupIds.isEmpty()) {
			return Map.of();
		}
		return this.logs.toLogCounts(groupIds, LocalDate.now(this.clock))
			.stream()
			.collect(Collectors.toMap(MeetingLogRepository.ToLogCount::getGroupId,
					MeetingLogRepository.ToLogCount::getCount));
	}

}
