package org.followon.system;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.springframework.validation.Errors;

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

	private static String nullToEmpty(String s) {
		return s == null ? "" : s.trim();
	}

}
