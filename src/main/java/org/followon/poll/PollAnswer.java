package org.followon.poll;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A member's answer to one option of a poll; only the member changes it, while the poll
 * is open.
 */
@Entity
class PollAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long pollId;

	private long optionId;

	private long membershipId;

	@Enumerated(EnumType.STRING)
	private Availability availability;

	private Instant answeredAt;

	protected PollAnswer() {
	}

	PollAnswer(long pollId, long optionId, long membershipId) {
		this.pollId = pollId;
		this.optionId = optionId;
		this.membershipId = membershipId;
	}

	void answer(Availability availability, Instant now) {
		this.availability = availability;
		this.answeredAt = now;
	}

	long getOptionId() {
		return this.optionId;
	}

	long getMembershipId() {
		return this.membershipId;
	}

	Availability getAvailability() {
		return this.availability;
	}

}
