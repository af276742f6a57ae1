package org.followon.meetinglog;

/** How a meeting that went ahead met. */
enum MeetingMode {

	FACE_TO_FACE, ONLINE

}
