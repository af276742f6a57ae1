package org.followon.concern;

/** What happened to a concern, one row each in its append-only history. */
enum EventKind {

	CREATED, ACKNOWLEDGED, ACTION, CLOSED, ALERT_SENT, SECOND_ALERT_SENT

}
