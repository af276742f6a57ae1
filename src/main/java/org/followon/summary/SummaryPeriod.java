package org.followon.summary;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a network summary covers, both included. Staff usually want a half-year (1
 * January to 30 June, 1 July to 31 December: the network meets twice a year), but any
 * dates will do.
 */
record SummaryPeriod(LocalDate from, LocalDate to) {

	static SummaryPeriod half(int year, int half) {
		return half == 1 ? new SummaryPeriod(LocalDate.of(year, Month.JANUARY, 1), LocalDate.of(year, Month.JUNE, 30))
				: new SummaryPeriod(LocalDate.of(year, Month.JULY, 1), LocalDate.of(year, Month.DECEMBER, 31));
	}

	/** The half-year a day falls in. */
	static SummaryPeriod halfOf(LocalDate day) {
		return half(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
	}

	/** The default: the latest half-year that has ended before today. */
	static SummaryPeriod lastCompleteHalf(LocalDate today) {
		return halfOf(halfOf(today).from().minusDays(1));
	}

	/**
	 * Every half-year from the one holding the earliest data to the current one, newest
	 * first.
	 */
	static List<SummaryPeriod> halves(LocalDate earliest, LocalDate today) {
		List<SummaryPeriod> halves = new ArrayList<>();
		LocalDate first = earliest == null || earliest.isAfter(today) ? today : earliest;
		for (SummaryPeriod p = halfOf(today); !p.to().isBefore(first); p = halfOf(p.from().minusDays(1))) {
			halves.add(p);
		}
		return halves;
	}

	/**
	 * "2025-1" for the first half of 2025, or null when the period is not a half-year.
	 */
	public String halfKey() {
		return equals(halfOf(this.from)) ? this.from.getYear() + "-" + (this.from.getMonthValue() == 1 ? 1 : 2) : null;
	}

	/** The half-year for a key such as "2025-2", or null when the key is not one. */
	static SummaryPeriod ofHalfKey(String key) {
		if (key == null || !key.matches("\\d{4}-[12]")) {
			return null;
		}
		return half(Integer.parseInt(key.substring(0, 4)), key.charAt(5) - '0');
	}

	/**
	 * The part of the period up to this day: the period itself once it has ended,
	 * otherwise it cut short at the day, so nothing still to come (a PMP's last session,
	 * a group's status on a future day) is counted.
	 */
	SummaryPeriod upTo(LocalDate day) {
		return this.to.isAfter(day) ? new SummaryPeriod(this.from, day) : this;
	}

	public boolean endsBefore(LocalDate day) {
		return this.to.isBefore(day);
	}

	/** The day {@code months} before the period's end. */
	LocalDate monthsBeforeEnd(int months) {
		return this.to.minusMonths(months);
	}

}
