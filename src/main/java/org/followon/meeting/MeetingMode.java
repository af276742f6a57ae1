package org.followon.meeting;

/** How a meeting that went ahead met. */
enum MeetingMode {

	FACE_TO_FACE, ONLINE

}
