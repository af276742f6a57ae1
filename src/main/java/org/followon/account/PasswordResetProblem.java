package org.followon.account;

import org.springframework.http.HttpStatus;

/** Why a password reset link does not work; each has its own explanation on the page. */
enum PasswordResetProblem {

	UNKNOWN(HttpStatus.NOT_FOUND), EXPIRED(HttpStatus.GONE), USED(HttpStatus.GONE);

	private final HttpStatus status;

	PasswordResetProblem(HttpStatus status) {
		this.status = status;
	}

	HttpStatus status() {
		return this.status;
	}

}
