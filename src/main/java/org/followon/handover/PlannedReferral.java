package org.followon.handover;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A participant to be referred to an existing group when the hand-over is confirmed. */
@Entity
class PlannedReferral {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long pmpId;

	private Long participantId;

	private Long groupId;

	private String note;

	protected PlannedReferral() {
	}

	PlannedReferral(long pmpId, long participantId, long groupId, String note) {
		this.pmpId = pmpId;
		this.participantId = participantId;
		this.groupId = groupId;
		this.note = note;
	}

	Long getId() {
		return this.id;
	}

	Long getParticipantId() {
		return this.participantId;
	}

	Long getGroupId() {
		return this.groupId;
	}

	String getNote() {
		return this.note;
	}

}
