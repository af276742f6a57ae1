package org.followon.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.followon.group.NextMeetings;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each group's next scheduled meeting, for members' home page in the group module. */
@Component
@Transactional(readOnly = true)
class UpcomingMeetings implements NextMeetings {

	private final MeetingRepository meetings;

	private final Clock clock;

	UpcomingMeetings(MeetingRepository meetings, Clock clock) {
		this.meetings = meetings;
		this.clock = clock;
	}

	@Override
	public Map<Long, NextMeeting> of(Collection<Long> groupIds) {
		if (groupIds.isEmpty()) {
			return Map.of();
		}
		return this.meetings.nextOf(groupIds, LocalDate.now(this.clock))
			.stream()
			.collect(Collectors.toMap(MeetingRepository.Next::getGroupId,
					(n) -> new NextMeeting(n.getMeetsOn(), n.getStartsAt())));
	}

}
