package org.followon.meetinglog;

import java.util.Set;

import org.followon.account.SignedInUser;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The checks on a meeting's log that Bean Validation cannot make: the meeting's day has
 * come, only the group's current members are ticked, and a meeting that went ahead says
 * how it met and that somebody came.
 */
class LogFormValidator implements Validator {

	private final MeetingLogService logs;

	private final long groupId;

	private final long meetingId;

	private final SignedInUser user;

	LogFormValidator(MeetingLogService logs, long groupId, long meetingId, SignedInUser user) {
		this.logs = logs;
		this.groupId = groupId;
		this.meetingId = meetingId;
		this.user = user;
	}

	@Override
	public boolean supports(Class<?> type) {
		return LogForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		LogForm form = (LogForm) target;
		LogViews.LogPage page = this.logs.page(this.groupId, this.meetingId, this.user);
		if (page.meeting().on().isAfter(this.logs.today())) {
			errors.reject("NotYet");
		}
		Set<Long> ticked = form.ticked();
		if (!page.members().stream().map(LogViews.Attendee::id).toList().containsAll(ticked)) {
			errors.rejectValue("attendees", "NotMember");
		}
		boolean held = form.outcome() == MeetingOutcome.HELD;
		if (held && form.mode() == null) {
			errors.rejectValue("mode", "NotNull");
		}
		if (held && ticked.isEmpty() && form.othersOrNone() == 0 && page.keptAttendance().isEmpty()
				&& !errors.hasFieldErrors("others")) {
			errors.rejectValue("attendees", "NoOne");
		}
	}

}
