package org.followon.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers looked up by member and meeting; an answer to the meeting wins over one to its
 * series.
 */
final class AnswerBook {

	private final Map<String, Answer> answers = new HashMap<>();

	AnswerBook(List<MeetingAnswer> answers) {
		for (MeetingAnswer a : answers) {
			this.answers.put(a.getMeetingId() != null ? meetingKey(a.getMembershipId(), a.getMeetingId())
					: seriesKey(a.getMembershipId(), a.getSeriesId()), a.getAnswer());
		}
	}

	Answer toMeeting(long membershipId, Meeting meeting) {
		return this.answers.get(meetingKey(membershipId, meeting.getId()));
	}

	Answer toSeries(long membershipId, Meeting meeting) {
		return meeting.getSeriesId() == null ? null : this.answers.get(seriesKey(membershipId, meeting.getSeriesId()));
	}

	/** The answer that counts for this member and meeting, or null. */
	Answer of(long membershipId, Meeting meeting) {
		Answer own = toMeeting(membershipId, meeting);
		return own != null ? own : toSeries(membershipId, meeting);
	}

	private static String meetingKey(long membershipId, long meetingId) {
		return "m" + membershipId + ":" + meetingId;
	}

	private static String seriesKey(long membershipId, long seriesId) {
		return "s" + membershipId + ":" + seriesId;
	}

}
