package org.followon.group;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A PMP participant pointed to this group at their PMP's hand-over. */
@Entity
class Referral {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long groupId;

	private Long participantId;

	private String knownAs;

	private String note;

	private Instant referredAt;

	private Long referredBy;

	protected Referral() {
	}

	Referral(long groupId, long participantId, String knownAs, String note, long referredBy, Instant now) {
		this.groupId = groupId;
		this.participantId = participantId;
		this.knownAs = knownAs;
		this.note = note;
		this.referredBy = referredBy;
		this.referredAt = now;
	}

	ReferralLine line() {
		return new ReferralLine(this.knownAs, this.note, this.referredAt);
	}

}
