package org.followon.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.followon.system.DateInput;
import org.followon.system.TimeInput;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The checks on a meeting form that Bean Validation cannot make: a real date not in the
 * past, an end after the start, a link for an online meeting, an address for one at home;
 * and, when scheduling, a repeat rule that is complete, has an end and makes between two
 * and {@link RepeatRule#MOST} meetings. Changing one meeting has no repeat rule.
 */
final class MeetingFormValidator implements Validator {

	private final LocalDate today;

	private final boolean scheduling;

	private MeetingFormValidator(LocalDate today, boolean scheduling) {
		this.today = today;
		this.scheduling = scheduling;
	}

	static MeetingFormValidator scheduling(LocalDate today) {
		return new MeetingFormValidator(today, true);
	}

	static MeetingFormValidator changing(LocalDate today) {
		return new MeetingFormValidator(today, false);
	}

	@Override
	public boolean supports(Class<?> type) {
		return MeetingForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		MeetingForm form = (MeetingForm) target;
		LocalDate on = DateInput.read(errors, "day", form.day(), form.month(), form.year());
		if (on != null && on.isBefore(this.today)) {
			errors.rejectValue("day", "DateInPast");
		}
		LocalTime start = time(form.startTime(), errors, "startTime");
		LocalTime end = time(form.endTime(), errors, "endTime");
		if (start != null && end != null && !end.isAfter(start)) {
			errors.rejectValue("endTime", "EndBeforeStart");
		}
		VenueRules.check(form.venueType(), form.address(), form.link(), errors);
		if (!this.scheduling) {
			return;
		}
		checkRule(form, errors);
		// How many meetings the rule makes is counted only once everything else is sound.
		if (!errors.hasErrors() && form.repeat() != Repeat.NONE) {
			checkDates(form.rule(), on, errors);
		}
	}

	private static LocalTime time(String text, Errors errors, String field) {
		return text == null || errors.hasFieldErrors(field) ? null : TimeInput.parse(text);
	}

	private static void checkRule(MeetingForm form, Errors errors) {
		if (form.repeat() == null) {
			errors.rejectValue("repeat", "NotNull");
			return;
		}
		if (form.repeat() == Repeat.NONE) {
			return;
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
		if (form.ends() == null) {
			errors.rejectValue("ends", "NotNull");
		}
		else if (form.ends() == RepeatEnd.UNTIL) {
			DateInput.read(errors, "untilDay", form.untilDay(), form.untilMonth(), form.untilYear());
		}
		else if (form.count() == null || form.count() < 2 || form.count() > RepeatRule.MOST) {
			errors.rejectValue("count", "Range");
		}
	}

	private static void checkDates(RepeatRule rule, LocalDate from, Errors errors) {
		List<LocalDate> dates = rule.dates(from);
		String field = rule.until() != null ? "untilDay" : "count";
		if (dates.size() < 2) {
			errors.rejectValue(field, "TooFew");
		}
		else if (dates.size() > RepeatRule.MOST) {
			errors.rejectValue(field, "TooMany", new Object[] { RepeatRule.MOST }, null);
		}
	}

}
