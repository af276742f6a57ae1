package org.followon.networkmeeting;

import java.time.LocalDate;
import java.time.LocalTime;

import org.followon.system.DateInput;
import org.followon.system.TimeInput;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The checks on a network meeting that Bean Validation cannot make: a real date not in
 * the past, an end after the start, and a place: a venue, an online link, or both (an
 * address needs a venue's name).
 */
class NetworkMeetingFormValidator implements Validator {

	private final LocalDate today;

	NetworkMeetingFormValidator(LocalDate today) {
		this.today = today;
	}

	@Override
	public boolean supports(Class<?> type) {
		return NetworkMeetingForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		NetworkMeetingForm form = (NetworkMeetingForm) target;
		LocalDate on = DateInput.read(errors, "day", form.day(), form.month(), form.year());
		if (on != null && on.isBefore(this.today)) {
			errors.rejectValue("day", "DateInPast");
		}
		LocalTime start = time(form.startTime(), errors, "startTime");
		LocalTime end = time(form.endTime(), errors, "endTime");
		if (start != null && end != null && !end.isAfter(start)) {
			errors.rejectValue("endTime", "EndBeforeStart");
		}
		if (blank(form.venueName()) && blank(form.link())) {
			errors.rejectValue("venueName", "PlaceMissing");
		}
		else if (blank(form.venueName()) && !blank(form.address())) {
			errors.rejectValue("venueName", "NotBlank");
		}
	}

	private static LocalTime time(String text, Errors errors, String field) {
		return (text == null || errors.hasFieldErrors(field)) ? null : TimeInput.parse(text);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
