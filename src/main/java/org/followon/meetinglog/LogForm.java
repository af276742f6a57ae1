package org.followon.meetinglog;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A meeting's log as typed: whether it went ahead, the members ticked (membership ids),
 * how many others came, face to face or online, whether the PTV was there, what it
 * covered, a short note. A null version: a new log. Cross-field checks are in
 * {@link LogFormValidator}.
 */
record LogForm(@NotNull MeetingOutcome outcome, Set<Long> attendees, @Min(0) @Max(LogForm.MOST_OTHERS) Integer others,
		MeetingMode mode, Boolean ptvPresent, Set<Topic> topics, @Size(max = LogForm.NOTE_LENGTH) String note,
		Long version) {

	static final int NOTE_LENGTH = 500;

	static final int MOST_OTHERS = 50;

	static LogForm blank() {
		return new LogForm(null, Set.of(), null, null, null, Set.of(), null, null);
	}

	/** The log as it is, to correct it: only current members can be ticked again. */
	static LogForm of(LogEntry entry, long version, Set<Long> currentMembers) {
		return new LogForm(entry.held() ? MeetingOutcome.HELD : MeetingOutcome.NOT_HELD,
				entry.attendance()
					.stream()
					.map(Attendance::membershipId)
					.filter(currentMembers::contains)
					.collect(Collectors.toSet()),
				entry.held() ? entry.others() : null,
				entry.faceToFace() == null ? null : entry.faceToFace() ? MeetingMode.FACE_TO_FACE : MeetingMode.ONLINE,
				entry.ptvPresent(), entry.topics(), entry.note(), version);
	}

	/** The members ticked, none if none. */
	Set<Long> ticked() {
		return (this.attendees == null) ? Set.of() : this.attendees;
	}

	/** How many others came, none if left empty. */
	int othersOrNone() {
		return (this.others == null) ? 0 : this.others;
	}

	/**
	 * What to store from a valid form: the members ticked, with whether each came from
	 * the PMP, and those ticked before who have since left, kept as they were.
	 */
	LogEntry entry(LogViews.LogPage page) {
		if (this.outcome != MeetingOutcome.HELD) {
			return LogEntry.notHeld(this.note);
		}
		Map<Long, LogViews.Attendee> members = page.members()
			.stream()
			.collect(Collectors.toMap(LogViews.Attendee::id, Function.identity()));
		Set<Attendance> attendance = new HashSet<>(page.keptAttendance());
		ticked().forEach((id) -> attendance.add(new Attendance(id, members.get(id).fromPmp())));
		Set<Topic> covered = EnumSet.noneOf(Topic.class);
		if (this.topics != null) {
			covered.addAll(this.topics);
		}
		return new LogEntry(true, this.mode == MeetingMode.FACE_TO_FACE, Boolean.TRUE.equals(this.ptvPresent),
				attendance, othersOrNone(), covered, this.note);
	}

}
