package org.followon.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The concern as typed. Every field is text, so that nothing anyone sends (a tampered
 * choice) stops the form from being shown again with its problems; {@link ConcernForms}
 * reads the choices and checks what depends on what. {@code about} is {@code SELF},
 * {@code SOMEONE_ELSE} or a member's membership id.
 */
record ConcernForm(String groupId, String about, @Size(max = 100) String aboutName,
		@NotBlank @Size(max = 3000) String whatHappened, String urgency, String personKnows, String contactBy,
		@Size(max = 254) String contactEmail, @Size(max = 30) String contactPhone) {

	static final String SELF = "SELF";

	static final String SOMEONE_ELSE = "SOMEONE_ELSE";

	static ConcernForm empty(Long groupId) {
		return new ConcernForm(groupId == null ? null : groupId.toString(), null, null, null, null, null, null, null,
				null);
	}

	/** The group chosen, or null if none (or not a number). */
	Long group() {
		try {
			return this.groupId == null ? null : Long.valueOf(this.groupId);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
