package org.followon.programme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.followon.system.RejectedValueException;

/**
 * A session cannot move past its neighbours: the sessions keep their order. Reported on
 * the new date, saying which dates would do.
 */
class SessionOrderException extends RejectedValueException {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final transient LocalDate earliest;

	private final transient LocalDate latest;

	SessionOrderException(LocalDate earliest, LocalDate latest) {
		super("day", code(earliest, latest), format(earliest), format(latest));
		this.earliest = earliest;
		this.latest = latest;
	}

	LocalDate earliest() {
		return this.earliest;
	}

	LocalDate latest() {
		return this.latest;
	}

	private static String code(LocalDate earliest, LocalDate latest) {
		return (earliest == null) ? "SessionOrderBefore"
				: (latest == null) ? "SessionOrderAfter" : "SessionOrderBetween";
	}

	private static String format(LocalDate date) {
		return (date == null) ? null : DATE.format(date);
	}

}
