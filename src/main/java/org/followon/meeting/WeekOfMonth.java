package org.followon.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Which of a month's weekdays a monthly meeting falls on: the second Tuesday, the last
 * Friday.
 */
enum WeekOfMonth {

	FIRST, SECOND, THIRD, FOURTH, FIFTH, LAST;

	/**
	 * That day in this month, or null when the month has none (most months have no fifth
	 * Tuesday).
	 */
	LocalDate in(YearMonth month, DayOfWeek day) {
		if (this == LAST) {
			return month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(day));
		}
		LocalDate date = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal() + 1, day));
		return YearMonth.from(date).equals(month) ? date : null;
	}

}
