package org.followon.system;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * Reads the NHS date input pattern (separate day, month and year boxes) into a date.
 * Problems are reported on the day field, which the error summary links to, with the
 * codes {@code DateMissing} and {@code DateInvalid} (resolved per form and field in
 * messages).
 */
public final class DateInput {

	private DateInput() {
	}

	/** The date, or null after rejecting the field. */
	public static LocalDate read(Errors errors, String dayField, String day, String month, String year) {
		if (day == null && month == null && year == null) {
			errors.rejectValue(dayField, "DateMissing");
			return null;
		}
		try {
			int y = Integer.parseInt(nullToEmpty(year));
			if (y < 1900 || y > 2999) {
				throw new DateTimeException("year out of range");
			}
			return LocalDate.of(y, Integer.parseInt(nullToEmpty(month)), Integer.parseInt(nullToEmpty(day)));
		}
		catch (NumberFormatException | DateTimeException ex) {
			errors.rejectValue(dayField, "DateInvalid");
			return null;
		}
	}

	/**
	 * The date, or null when it is missing or not a date: for a form whose validator has
	 * already checked it with {@link #read}.
	 */
	public static LocalDate parse(String day, String month, String year) {
		return read(new MapBindingResult(new HashMap<>(), "date"), "day", day, month, year);
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s.trim();
	}

}
