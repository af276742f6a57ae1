package org.followon.invitation;

import java.util.Locale;

/** An invitation link or join code that cannot be used; rendered as its calm page. */
class InvitationProblemException extends RuntimeException {

	private final InvitationProblem problem;

	InvitationProblemException(InvitationProblem problem) {
		super("Invitation " + problem.name().toLowerCase(Locale.ROOT));
		this.problem = problem;
	}

	InvitationProblem problem() {
		return this.problem;
	}

}
