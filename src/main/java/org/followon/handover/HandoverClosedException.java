package org.followon.handover;

/** The hand-over has been confirmed: its steps can no longer be changed. */
class HandoverClosedException extends RuntimeException {

	HandoverClosedException() {
		super("The hand-over has been confirmed");
	}

}
