package org.followon.summary;

import java.time.LocalDate;

import org.followon.system.DateInput;

/**
 * The period asked for: a half-year (its key, like "2025-1", from the list) or any dates
 * typed in. Nothing given means the latest complete half-year.
 */
record SummaryPeriodForm(String half, String fromDay, String fromMonth, String fromYear, String toDay, String toMonth,
		String toYear) {

	static SummaryPeriodForm empty() {
		return new SummaryPeriodForm(null, null, null, null, null, null, null);
	}

	static SummaryPeriodForm of(SummaryPeriod period) {
		return new SummaryPeriodForm(period.halfKey(), day(period.from()), month(period.from()), year(period.from()),
				day(period.to()), month(period.to()), year(period.to()));
	}

	boolean datesGiven() {
		return this.fromDay != null || this.fromMonth != null || this.fromYear != null || this.toDay != null
				|| this.toMonth != null || this.toYear != null;
	}

	/**
	 * The period of a valid form: the dates typed, the half-year chosen, or else the
	 * latest complete half-year.
	 */
	SummaryPeriod period(LocalDate today) {
		if (datesGiven()) {
			return new SummaryPeriod(DateInput.parse(this.fromDay, this.fromMonth, this.fromYear),
					DateInput.parse(this.toDay, this.toMonth, this.toYear));
		}
		return (this.half != null) ? SummaryPeriod.ofHalfKey(this.half) : SummaryPeriod.lastCompleteHalf(today);
	}

	private static String day(LocalDate d) {
		return Integer.toString(d.getDayOfMonth());
	}

	private static String month(LocalDate d) {
		return Integer.toString(d.getMonthValue());
	}

	private static String year(LocalDate d) {
		return Integer.toString(d.getYear());
	}

}
