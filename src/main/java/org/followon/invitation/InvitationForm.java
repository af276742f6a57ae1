package org.followon.invitation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A coordinator inviting someone to their group: the name the group knows them by, and
 * their email address if they have one (otherwise they get a join code).
 */
record InvitationForm(@NotBlank @Size(max = 100) String knownAs,
		@Size(max = 254) @Email(regexp = ".+@[^@\\s]+\\.[^@\\s]+") String email) {

	@Override
	public String toString() {
		// Never the name or address: this may end up in a log line.
		return "InvitationForm[...]";
	}

}
