package org.followon.concern;

/** Where a concern is, as the person who raised it sees it. */
enum ConcernStatus {

	RECEIVED, ACKNOWLEDGED, CLOSED

}
