package org.followon.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.followon.group.Accessibility;
import org.followon.system.DateInput;
import org.followon.system.TimeInput;

import org.springframework.validation.Errors;

/**
 * The checks on a meeting form that Bean Validation cannot make: real dates not in the
 * past, an end after the start, a link for an online meeting, an address for one at home,
 * and a repeat rule that is complete, has an end and makes between one and
 * {@link RepeatRule#MOST} meetings.
 */
final class MeetingForms {

	private MeetingForms() {
	}

	/** The meeting's details, or null after rejecting what is wrong. */
	static MeetingDetails details(MeetingForm form, Errors errors, LocalDate today) {
		LocalDate on = DateInput.read(errors, "day", form.day(), form.month(), form.year());
		if (on != null && on.isBefore(today)) {
			errors.rejectValue("day", "DateInPast");
		}
		LocalTime start = time(form.startTime(), errors, "startTime");
		LocalTime end = time(form.endTime(), errors, "endTime");
		if (start != null && end != null && !end.isAfter(start)) {
			errors.rejectValue("endTime", "EndBeforeStart");
		}
		Meetings.checkVenue(form.venueType(), form.address(), form.link(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		Set<Accessibility> accessibility = EnumSet.noneOf(Accessibility.class);
		if (form.accessibility() != null) {
			accessibility.addAll(form.accessibility());
		}
		return new MeetingDetails(on, start, end, form.venueName(), form.venueType(), form.address(), form.link(),
				accessibility);
	}

	private static LocalTime time(String text, Errors errors, String field) {
		return text == null || errors.hasFieldErrors(field) ? null : TimeInput.parse(text);
	}

	/**
	 * The repeat rule, null for a single meeting, or null after rejecting what is
	 * missing.
	 */
	static RepeatRule rule(MeetingForm form, Errors errors) {
		if (form.repeat() == null) {
			errors.rejectValue("repeat", "NotNull");
			return null;
		}
		if (form.repeat() == Repeat.NONE) {
			return null;
		}
		if (form.repeat() == Repeat.WEEKS
				&& (form.everyWeeks() == null || form.everyWeeks() < 1 || form.everyWeeks() > 26)) {
			errors.rejectValue("everyWeeks", "Range");
		}
		if (form.repeat() == Repeat.MONTHLY && form.monthWeek() == null) {
			errors.rejectValue("monthWeek", "NotNull");
		}
		if (form.repeat() == Repeat.MONTHLY && form.monthDay() == null) {
			errors.rejectValue("monthDay", "NotNull");
		}
		LocalDate until = null;
		if (form.ends() == null) {
			errors.rejectValue("ends", "NotNull");
		}
		else if (form.ends() == RepeatEnd.UNTIL) {
			until = DateInput.read(errors, "untilDay", form.untilDay(), form.untilMonth(), form.untilYear());
		}
		else if (form.count() == null || form.count() < 2 || form.count() > RepeatRule.MOST) {
			errors.rejectValue("count", "Range");
		}
		if (errors.hasErrors()) {
			return null;
		}
		Integer count = form.ends() == RepeatEnd.COUNT ? form.count() : null;
		return form.repeat() == Repeat.WEEKS ? RepeatRule.everyWeeks(form.everyWeeks(), until, count)
				: RepeatRule.monthly(form.monthWeek(), form.monthDay(), until, count);
	}

	/**
	 * The series' dates, or null after rejecting a rule that makes no meeting or too
	 * many.
	 */
	static List<LocalDate> dates(RepeatRule rule, LocalDate from, Errors errors) {
		List<LocalDate> dates = rule.dates(from);
		String field = rule.until() != null ? "untilDay" : "count";
		if (dates.size() < 2) {
			errors.rejectValue(field, "TooFew");
			return null;
		}
		if (dates.size() > RepeatRule.MOST) {
			errors.rejectValue(field, "TooMany", new Object[] { RepeatRule.MOST }, null);
			return null;
		}
		return dates;
	}

}
