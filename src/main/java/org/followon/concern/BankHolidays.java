package org.followon.concern;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The bank holidays of one part of the UK, from jollyday's published rules (substitute
 * days when one falls at a weekend, and the one-off days such as a coronation that it
 * knows of), so a service does not have to type them in each year. Named as jollyday
 * names them: {@code eng}, {@code wls}, {@code sct} or {@code nir}; {@code none} for no
 * bank holidays.
 */
final class BankHolidays {

	private BankHolidays() {
	}

	static Predicate<LocalDate> of(String nation) {
		String code = nation == null ? "none" : nation.strip().toLowerCase(Locale.ROOT);
		if (code.equals("none")) {
			return (day) -> false;
		}
		if (!code.matches("eng|wls|sct|nir")) {
			throw new IllegalArgumentException(
					"followon.concerns.bank-holidays must be eng, wls, sct, nir or none, not " + nation);
		}
		HolidayManager uk = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
		return (day) -> uk.isHoliday(day, code);
	}

}
