package org.followon.group;

/** What a member shares with the rest of their group. Booleans: an unticked box binds as null. */
record SharingForm(Boolean shareEmail, Boolean shareMobile, Long version) {

	boolean email() {
		return Boolean.TRUE.equals(this.shareEmail);
	}

	boolean mobile() {
		return Boolean.TRUE.equals(this.shareMobile);
	}

}
