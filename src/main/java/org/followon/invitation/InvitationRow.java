package org.followon.invitation;

import java.time.LocalDate;

/**
 * One invitation in a PMP's list, and on its printed card. The join code is shown as
 * XXXX-XXXX.
 */
record InvitationRow(long id, String knownAs, long groupId, String groupName, boolean hasEmail, InvitationStatus status,
		String joinCode, LocalDate expiresOn) {

	/** Still waiting to be used: its link and code work. */
	public boolean live() {
		return this.status != InvitationStatus.USED && this.status != InvitationStatus.EXPIRED;
	}

	public boolean canSendAgain() {
		return this.status != InvitationStatus.USED;
	}

}
