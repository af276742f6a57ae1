package org.followon.group;

/**
 * What a member shares with the rest of their group, and whether the service may invite
 * them to network meetings. Booleans: an unticked box binds as null.
 */
record SharingForm(Boolean shareEmail, Boolean shareMobile, Boolean networkInvites, Long version) {

	boolean email() {
		return Boolean.TRUE.equals(this.shareEmail);
	}

	boolean mobile() {
		return Boolean.TRUE.equals(this.shareMobile);
	}

	boolean network() {
		return Boolean.TRUE.equals(this.networkInvites);
	}

}
