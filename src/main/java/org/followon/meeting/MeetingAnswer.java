package org.followon.meeting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A member's answer (going, maybe, not going) to one meeting or to a whole series; an
 * answer to a meeting overrides the member's answer to its series. Only the member
 * changes it.
 */
@Entity
class MeetingAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long membershipId;

	private Long meetingId;

	private Long seriesId;

	@Enumerated(EnumType.STRING)
	private Answer answer;

	private Instant answeredAt;

	protected MeetingAnswer() {
	}

	private MeetingAnswer(long membershipId, Long meetingId, Long seriesId) {
		this.membershipId = membershipId;
		this.meetingId = meetingId;
		this.seriesId = seriesId;
	}

	static MeetingAnswer toMeeting(long membershipId, long meetingId) {
		return new MeetingAnswer(membershipId, meetingId, null);
	}

	static MeetingAnswer toSeries(long membershipId, long seriesId) {
		return new MeetingAnswer(membershipId, null, seriesId);
	}

	void answer(Answer answer, Instant now) {
		this.answer = answer;
		this.answeredAt = now;
	}

	long getMembershipId() {
		return this.membershipId;
	}

	Long getMeetingId() {
		return this.meetingId;
	}

	Long getSeriesId() {
		return this.seriesId;
	}

	Answer getAnswer() {
		return this.answer;
	}

}
