package org.followon.meetinglog;

import java.util.Set;

/**
 * What a log says, checked and ready to store: a meeting that did not go ahead has no one
 * present, no topics and no way of meeting.
 */
record LogEntry(boolean held, Boolean faceToFace, boolean ptvPresent, Set<Attendance> attendance, int others,
		Set<Topic> topics, String note) {

	static LogEntry notHeld(String note) {
		return new LogEntry(false, null, false, Set.of(), 0, Set.of(), note);
	}

	/** Everyone present: the members ticked and the others. */
	int attended() {
		return this.attendance.size() + this.others;
	}

	/** How many of those present came to the group from a PMP, for its status. */
	int pmpParticipants() {
		return (int) this.attendance.stream().filter(Attendance::fromPmp).count();
	}

}
