package org.followon.invitation;

/**
 * How someone reached the account set-up form: the token from their emailed link, or the
 * join code from their card (as stored, or null if what they typed cannot be a code).
 */
record AccountSetupKey(String token, String joinCode) {

	static AccountSetupKey ofToken(String token) {
		return new AccountSetupKey(token, null);
	}

	static AccountSetupKey ofJoinCode(String typed) {
		return new AccountSetupKey(null, JoinCode.normalise(typed).orElse(null));
	}

	/** Where the set-up form posts to: the address the person came in by. */
	String path() {
		return this.token != null ? "/invitations/" + this.token
				: "/join/" + (this.joinCode != null ? JoinCode.display(this.joinCode) : "");
	}

	@Override
	public String toString() {
		// Never the token or code: this may end up in a log line.
		return this.token != null ? "AccountSetupKey[link]" : "AccountSetupKey[code]";
	}

}
