package org.followon.invitation;

import java.time.Instant;

/**
 * One invitation email to send once the hand-over has committed. It holds the link's
 * token, which is never stored, so it lives only in memory, only until it is sent.
 */
record InvitationMail(long invitationId, String tokenHash, String to, String knownAs, String groupName, String token,
		String joinCode, Instant expiresAt) {

	@Override
	public String toString() {
		// Never the address, name or token: this may end up in a log line.
		return "InvitationMail[" + this.invitationId + "]";
	}

}
