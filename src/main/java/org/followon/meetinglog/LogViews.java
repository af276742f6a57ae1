package org.followon.meetinglog;

import java.time.LocalDate;
import java.util.List;

import org.followon.group.GroupAccess;
import org.followon.meeting.MeetingDetails;

/** What the log and attendance pages show, worked out in {@link MeetingLogService}. */
final class LogViews {

	private LogViews() {
	}

	/** A current member who can be ticked as present. */
	record Attendee(long id, String displayName, boolean fromPmp) {
	}

	/**
	 * A meeting to log (or correct): the members to tick, and those ticked before who
	 * have since left, kept as they were. {@code loggable}: its day has come.
	 */
	record LogPage(GroupAccess group, long meetingId, MeetingDetails meeting, boolean loggable, boolean logged,
			List<Attendee> members, List<Attendance> keptAttendance) {
	}

	/**
	 * A logged meeting in a list: how many came counts the members ticked and the others.
	 */
	record Logged(long meetingId, LocalDate on, boolean held, int came, Boolean faceToFace) {
	}

	/** How many of the group's last meetings a current member came to. */
	record MemberCount(String knownAs, long came) {
	}

	/**
	 * The group's attendance over time, for its organisers; {@code window}: the last N
	 * held meetings.
	 */
	record GroupAttendance(GroupAccess group, List<Logged> meetings, List<MemberCount> members, int window) {
	}

	/**
	 * The meetings a member was ticked at, and how many of the group's last N they came
	 * to.
	 */
	record MyAttendance(GroupAccess group, List<Logged> attended, long cameOfLast, int window) {
	}

}
