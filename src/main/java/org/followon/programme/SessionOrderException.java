package org.followon.programme;

import java.time.LocalDate;

/** A session cannot move past its neighbours: the sessions keep their order. */
class SessionOrderException extends RuntimeException {

	private final transient LocalDate earliest;

	private final transient LocalDate latest;

	SessionOrderException(LocalDate earliest, LocalDate latest) {
		super("Session out of order");
		this.earliest = earliest;
		this.latest = latest;
	}

	LocalDate earliest() {
		return this.earliest;
	}

	LocalDate latest() {
		return this.latest;
	}

}
