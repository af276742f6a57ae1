package org.followon.meeting;

/** A meeting is scheduled until it is cancelled; logging what happened comes later. */
enum MeetingStatus {

	SCHEDULED, CANCELLED

}
