package org.followon.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A series' repeat rule: every N weeks, or monthly on a given weekday, ending on a date
 * or after a number of meetings. Every rule has an end, and no series has more than
 * {@link #MOST} meetings, so the meetings can be stored as rows and changed one by one.
 */
record RepeatRule(Repeat repeat, Integer everyWeeks, WeekOfMonth week, DayOfWeek day, LocalDate until, Integer count) {

	static final int MOST = 52;

	RepeatRule {
		if (repeat == Repeat.NONE || (until == null && count == null)) {
			throw new IllegalArgumentException("A repeating series needs a rule and an end");
		}
		if (repeat == Repeat.WEEKS ? everyWeeks == null || everyWeeks < 1 : week == null || day == null) {
			throw new IllegalArgumentException("Incomplete repeat rule");
		}
	}

	static RepeatRule everyWeeks(int weeks, LocalDate until, Integer count) {
		return new RepeatRule(Repeat.WEEKS, weeks, null, null, until, count);
	}

	static RepeatRule monthly(WeekOfMonth week, DayOfWeek day, LocalDate until, Integer count) {
		return new RepeatRule(Repeat.MONTHLY, null, week, day, until, count);
	}

	/**
	 * The meetings' dates from this day on: for every N weeks the first is that day;
	 * monthly, the first matching weekday on or after it, skipping months without one (a
	 * fifth Tuesday). Stops at the end, or one past {@link #MOST} so that a caller can
	 * say the series is too long.
	 */
	List<LocalDate> dates(LocalDate from) {
		int limit = Math.min(this.count == null ? Integer.MAX_VALUE : this.count, MOST + 1);
		List<LocalDate> dates = new ArrayList<>();
		if (this.repeat == Repeat.WEEKS) {
			for (LocalDate next = from; dates.size() < limit && within(next); next = next.plusWeeks(this.everyWeeks)) {
				dates.add(next);
			}
			return dates;
		}
		for (YearMonth month = YearMonth.from(from); dates.size() < limit
				&& within(month.atDay(1)); month = month.plusMonths(1)) {
			LocalDate next = this.week.in(month, this.day);
			if (next != null && !next.isBefore(from) && within(next)) {
				dates.add(next);
			}
		}
		return dates;
	}

	private boolean within(LocalDate date) {
		return this.until == null || !date.isAfter(this.until);
	}

}
