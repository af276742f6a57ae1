package org.followon.account;

class PasswordResetProblemException extends RuntimeException {

	private final PasswordResetProblem problem;

	PasswordResetProblemException(PasswordResetProblem problem) {
		super("Password reset link: " + problem, null, false, false);
		this.problem = problem;
	}

	PasswordResetProblem problem() {
		return this.problem;
	}

}
