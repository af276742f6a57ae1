package org.followon.poll;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;

import org.followon.system.DateInput;
import org.followon.system.TimeInput;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.Validator;

/**
 * The checks on a new poll that Bean Validation cannot make: 2 to 10 options, each with a
 * real date that is not in the past, times on the 24-hour clock, an end after its start
 * and a short place name, and a closing date not in the past. Errors on an option name it
 * by its number, as the page does ("Option 2").
 */
class PollFormValidator implements Validator {

	private final LocalDate today;

	PollFormValidator(LocalDate today) {
		this.today = today;
	}

	@Override
	public boolean supports(Class<?> type) {
		return PollForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PollForm form = (PollForm) target;
		if (form.closesDay() != null || form.closesMonth() != null || form.closesYear() != null) {
			LocalDate on = DateInput.read(errors, "closesDay", form.closesDay(), form.closesMonth(), form.closesYear());
			if (on != null && on.isBefore(this.today)) {
				errors.rejectValue("closesDay", "DateInPast");
			}
		}
		List<PollForm.OptionForm> rows = (form.options() == null) ? List.of() : form.options();
		int filled = 0;
		for (int i = 0; i < rows.size(); i++) {
			PollForm.OptionForm row = rows.get(i);
			if (row != null && !row.empty()) {
				filled++;
				checkOption(row, "options[" + i + "].", new Object[] { i + 1 }, errors);
			}
		}
		if (filled < Poll.FEWEST) {
			errors.rejectValue("options", "TooFew", new Object[] { Poll.FEWEST }, null);
		}
		else if (filled > Poll.MOST) {
			errors.rejectValue("options", "TooMany", new Object[] { Poll.MOST }, null);
		}
	}

	private void checkOption(PollForm.OptionForm row, String prefix, Object[] number, Errors errors) {
		// The date input's own checks, reported again with the option's number.
		Errors date = new MapBindingResult(new HashMap<>(), "option");
		LocalDate on = DateInput.read(date, "day", row.day(), row.month(), row.year());
		if (date.hasErrors()) {
			errors.rejectValue(prefix + "day", date.getFieldError().getCode(), number, null);
		}
		else if (on.isBefore(this.today)) {
			errors.rejectValue(prefix + "day", "DateInPast", number, null);
		}
		if (row.venueName() != null && row.venueName().length() > 100) {
			errors.rejectValue(prefix + "venueName", "Size", number, null);
		}
		LocalTime start = time(row.startTime(), prefix + "startTime", number, errors);
		LocalTime end = time(row.endTime(), prefix + "endTime", number, errors);
		if (start != null && end != null && !end.isAfter(start)) {
			errors.rejectValue(prefix + "endTime", "EndBeforeStart", number, null);
		}
	}

	private static LocalTime time(String text, String field, Object[] number, Errors errors) {
		if (text == null) {
			errors.rejectValue(field, "NotBlank", number, null);
			return null;
		}
		if (!text.matches(TimeInput.PATTERN)) {
			errors.rejectValue(field, "Pattern", number, null);
			return null;
		}
		return TimeInput.parse(text);
	}

}
