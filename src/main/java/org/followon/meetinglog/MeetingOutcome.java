package org.followon.meetinglog;

/** Whether a meeting went ahead, as logged. */
enum MeetingOutcome {

	HELD, NOT_HELD

}
