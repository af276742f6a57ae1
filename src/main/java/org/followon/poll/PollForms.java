package org.followon.poll;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.followon.system.DateInput;
import org.followon.system.TimeInput;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The checks on a new poll that Bean Validation cannot make: 2 to 10 options, each with a
 * real date that is not in the past, times on the 24-hour clock, an end after its start
 * and a short place name, and a closing date not in the past. Errors on an option name it
 * by its number, as the page does ("Option 2").
 */
final class PollForms {

	private PollForms() {
	}

	/** The closing date, null if none was given or after rejecting it. */
	static LocalDate closesOn(PollForm form, Errors errors, LocalDate today) {
		if (form.closesDay() == null && form.closesMonth() == null && form.closesYear() == null) {
			return null;
		}
		LocalDate on = DateInput.read(errors, "closesDay", form.closesDay(), form.closesMonth(), form.closesYear());
		if (on != null && on.isBefore(today)) {
			errors.rejectValue("closesDay", "DateInPast");
		}
		return on;
	}

	/** The options filled in, or null after rejecting what is wrong. */
	static List<NewOption> options(PollForm form, Errors errors, LocalDate today) {
		List<PollForm.OptionForm> rows = form.options() == null ? List.of() : form.options();
		List<NewOption> options = new ArrayList<>();
		int filled = 0;
		for (int i = 0; i < rows.size(); i++) {
			PollForm.OptionForm row = rows.get(i);
			if (row == null || row.empty()) {
				continue;
			}
			filled++;
			NewOption option = option(row, "options[" + i + "].", new Object[] { i + 1 }, errors, today);
			if (option != null) {
				options.add(option);
			}
		}
		if (filled < Poll.FEWEST) {
			errors.rejectValue("options", "TooFew", new Object[] { Poll.FEWEST }, null);
		}
		else if (filled > Poll.MOST) {
			errors.rejectValue("options", "TooMany", new Object[] { Poll.MOST }, null);
		}
		return errors.hasErrors() ? null : options;
	}

	private static NewOption option(PollForm.OptionForm row, String prefix, Object[] number, Errors errors,
			LocalDate today) {
		// The date input's own checks, reported again with the option's number.
		Errors date = new MapBindingResult(new HashMap<>(), "option");
		LocalDate on = DateInput.read(date, "day", row.day(), row.month(), row.year());
		if (date.hasErrors()) {
			errors.rejectValue(prefix + "day", date.getFieldError().getCode(), number, null);
		}
		else if (on.isBefore(today)) {
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
		if (errors.hasFieldErrors(prefix + "*")) {
			return null;
		}
		return new NewOption(on, start, end, row.venueName(), row.venueType());
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
