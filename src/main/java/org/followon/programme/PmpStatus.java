package org.followon.programme;

/** Where a PMP is in its life, derived from its sessions and today's date. */
enum PmpStatus {

	NOT_STARTED, RUNNING, CLOSURE_PHASE, FINISHED;

	boolean isCurrent() {
		return this != FINISHED;
	}

}
