package org.followon.meetinglog;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A meeting's log as typed: whether it went ahead, the members ticked (membership ids),
 * how many others came, face to face or online, whether the PTV was there, what it
 * covered, a short note. A null version: a new log. Cross-field checks are in
 * {@link LogForms}.
 */
record LogForm(@NotNull MeetingOutcome outcome, Set<Long> attendees, @Min(0) @Max(LogForms.MOST_OTHERS) Integer others,
		MeetingMode mode, Boolean ptvPresent, Set<Topic> topics, @Size(max = LogForms.NOTE_LENGTH) String note,
		Long version) {

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

}
