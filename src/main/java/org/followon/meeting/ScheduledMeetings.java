package org.followon.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting module's public face for jobs that work over every group: meetings still
 * on.
 */
@Service
@Transactional(readOnly = true)
public class ScheduledMeetings {

	private final MeetingRepository meetings;

	private final MeetingAnswerRepository answers;

	private final MeetingLogs logs;

	ScheduledMeetings(MeetingRepository meetings, MeetingAnswerRepository answers, MeetingLogs logs) {
		this.meetings = meetings;
		this.answers = answers;
		this.logs = logs;
	}

	/**
	 * Every group's meetings on these days (both included) that have not been cancelled.
	 */
	public List<ScheduledMeeting> between(LocalDate from, LocalDate to) {
		List<Meeting> found = this.meetings
			.findByStatusAndMeetsOnBetweenOrderByMeetsOnAscStartsAtAsc(MeetingStatus.SCHEDULED, from, to);
		if (found.isEmpty()) {
			return List.of();
		}
		List<MeetingAnswer> given = this.answers.forMeetings(found.stream().map(Meeting::getId).toList(),
				seriesOf(found));
		AnswerBook book = new AnswerBook(given);
		Set<Long> logged = this.logs.loggedAmong(found.stream().map(Meeting::getId).toList());
		Set<Long> answering = given.stream().map(MeetingAnswer::getMembershipId).collect(Collectors.toSet());
		return found.stream().map((m) -> {
			MeetingDetails d = m.details();
			Set<Long> notGoing = answering.stream()
				.filter((membership) -> book.of(membership, m) == Answer.NOT_GOING)
				.collect(Collectors.toUnmodifiableSet());
			return new ScheduledMeeting(m.getId(), m.getGroupId(), d.on(), d.startsAt(), d.endsAt(), d.venueName(),
					notGoing, logged.contains(m.getId()));
		}).toList();
	}

	/** The series of these meetings; never empty, as some databases refuse "in ()". */
	private static List<Long> seriesOf(List<Meeting> meetings) {
		List<Long> series = meetings.stream().map(Meeting::getSeriesId).filter(Objects::nonNull).distinct().toList();
		return series.isEmpty() ? List.of(-1L) : series;
	}

}
