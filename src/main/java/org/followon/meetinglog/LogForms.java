package org.followon.meetinglog;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.validation.Errors;

/**
 * The checks on a meeting's log that Bean Validation cannot make: the meeting's day has
 * come, only the group's current members are ticked, and a meeting that went ahead says
 * how it met and that somebody came.
 */
final class LogForms {

	static final int NOTE_LENGTH = 500;

	static final int MOST_OTHERS = 50;

	private LogForms() {
	}

	/** What to store, or null after rejecting what is wrong. */
	static LogEntry entry(LogForm form, LogViews.LogPage page, Errors errors, LocalDate today) {
		if (page.meeting().on().isAfter(today)) {
			errors.reject("NotYet");
		}
		Map<Long, LogViews.Attendee> members = page.members()
			.stream()
			.collect(Collectors.toMap(LogViews.Attendee::id, Function.identity()));
		Set<Long> ticked = form.attendees() == null ? Set.of() : form.attendees();
		if (!members.keySet().containsAll(ticked)) {
			errors.rejectValue("attendees", "NotMember");
		}
		boolean held = form.outcome() == MeetingOutcome.HELD;
		int others = form.others() == null ? 0 : form.others();
		if (held && form.mode() == null) {
			errors.rejectValue("mode", "NotNull");
		}
		if (held && ticked.isEmpty() && others == 0 && page.keptAttendance().isEmpty()
				&& !errors.hasFieldErrors("others")) {
			errors.rejectValue("attendees", "NoOne");
		}
		if (errors.hasErrors()) {
			return null;
		}
		if (!held) {
			return LogEntry.notHeld(form.note());
		}
		Set<Attendance> attendance = new HashSet<>(page.keptAttendance());
		ticked.forEach((id) -> attendance.add(new Attendance(id, members.get(id).fromPmp())));
		Set<Topic> topics = EnumSet.noneOf(Topic.class);
		if (form.topics() != null) {
			topics.addAll(form.topics());
		}
		return new LogEntry(true, form.mode() == MeetingMode.FACE_TO_FACE, Boolean.TRUE.equals(form.ptvPresent()),
				attendance, others, topics, form.note());
	}

}
