package org.followon.invitation;

import org.springframework.http.HttpStatus;

/** Why an invitation link or join code cannot be used; each has its own calm page. */
enum InvitationProblem {

	/** Mistyped, or replaced by a newer invitation. */
	UNKNOWN(HttpStatus.NOT_FOUND), EXPIRED(HttpStatus.GONE), USED(HttpStatus.GONE),
	/** Signed in with an account that is already in the invitation's group. */
	ALREADY_MEMBER(HttpStatus.CONFLICT);

	private final HttpStatus status;

	InvitationProblem(HttpStatus status) {
		this.status = status;
	}

	HttpStatus status() {
		return this.status;
	}

}
