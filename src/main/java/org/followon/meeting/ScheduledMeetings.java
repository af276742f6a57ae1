package org.followon.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meeting module's public face for jobs that work over every group: meetings still on. */
@Service
@Transactional(readOnly = true)
public class ScheduledMeetings {

	private final MeetingRepository meetings;

	ScheduledMeetings(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	/** Every group's meetings on these days (both included) that have not been cancelled. */
	public List<ScheduledMeeting> between(LocalDate from, LocalDate to) {
		return this.meetings.findByStatusAndMeetsOnBetweenOrderByMeetsOnAscStartsAtAsc(MeetingStatus.SCHEDULED, from, to)
			.stream()
			.map(m -> {
				MeetingDetails d = m.details();
				return new ScheduledMeeting(m.getId(), m.getGroupId(), d.on(), d.startsAt(), d.endsAt(), d.venueName());
			})
			.toList();
	}

}
