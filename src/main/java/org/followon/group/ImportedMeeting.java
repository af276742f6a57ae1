package org.followon.group;

import java.time.LocalDate;

/**
 * A meeting an imported group held, from an import file: one per group and day.
 *
 * @param attended everyone there (an imported head count; all counted as PMP
 * participants)
 */
public record ImportedMeeting(String groupExternalId, LocalDate heldOn, int attended, boolean faceToFace) {

	/** The held meeting's key: importing the same group and day again replaces it. */
	String sourceKey() {
		return "import:" + this.groupExternalId + ":" + this.heldOn;
	}

}
