package org.followon.group;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A meeting a group held, as far as its status and the network's summary need: when,
 * whether face to face, how many came and how many of them had been on a PMP. Recorded
 * under the recording module's own key, so that a corrected log replaces it.
 */
@Entity
class HeldMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long groupId;

	private String sourceKey;

	private LocalDate heldOn;

	private boolean faceToFace;

	private int attended;

	private int pmpParticipants;

	protected HeldMeeting() {
	}

	HeldMeeting(long groupId, String sourceKey) {
		this.groupId = groupId;
		this.sourceKey = sourceKey;
	}

	void record(LocalDate heldOn, boolean faceToFace, int attended, int pmpParticipants) {
		this.heldOn = heldOn;
		this.faceToFace = faceToFace;
		this.attended = attended;
		this.pmpParticipants = pmpParticipants;
	}

	Long getGroupId() {
		return this.groupId;
	}

	GroupStatusRules.Met met() {
		return new GroupStatusRules.Met(this.heldOn, this.faceToFace, this.pmpParticipants);
	}

}
