package org.followon.meeting;

/** Whether a meeting went ahead, as logged. */
enum MeetingOutcome {

	HELD, NOT_HELD

}
