package org.followon.concern;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The service's working time: which days, from when to when, in its time zone, less the
 * dates it is closed (bank holidays and any it is configured with). Counts working time
 * forward from an instant, for when a concern must be acknowledged and answered. Nobody
 * works out of hours, so time there does not count.
 */
final class WorkingHours {

	/** Ten years of days: more than any closed-dates list can use up. */
	private static final int MAX_DAYS = 3660;

	private final Set<DayOfWeek> days;

	private final LocalTime start;

	private final LocalTime end;

	private final Predicate<LocalDate> closedOn;

	private final ZoneId zone;

	WorkingHours(Set<DayOfWeek> days, LocalTime start, LocalTime end, Set<LocalDate> closedOn, ZoneId zone) {
		this(days, start, end, Set.copyOf(closedOn)::contains, zone);
	}

	WorkingHours(Set<DayOfWeek> days, LocalTime start, LocalTime end, Predicate<LocalDate> closedOn, ZoneId zone) {
		if (days.isEmpty() || !start.isBefore(end)) {
			throw new IllegalArgumentException("Working hours need at least one day and a start before the end");
		}
		this.days = Set.copyOf(days);
		this.start = start;
		this.end = end;
		this.closedOn = closedOn;
		this.zone = zone;
	}

	static WorkingHours of(ConcernSettings settings, ZoneId zone) {
		Set<LocalDate> listed = settings.closedOn();
		Predicate<LocalDate> bankHoliday = BankHolidays.of(settings.bankHolidays());
		return new WorkingHours(settings.workingDays(), settings.dayStarts(), settings.dayEnds(),
				(day) -> listed.contains(day) || bankHoliday.test(day), zone);
	}

	ZoneId zone() {
		return this.zone;
	}

	boolean isWorkingDay(LocalDate day) {
		return this.days.contains(day.getDayOfWeek()) && !this.closedOn.test(day);
	}

	/** The instant when this much working time has passed since {@code from}. */
	Instant plus(Instant from, Duration workingTime) {
		ZonedDateTime at = from.atZone(this.zone);
		LocalDate day = at.toLocalDate();
		LocalTime time = at.toLocalTime();
		Duration left = workingTime;
		for (int i = 0; i < MAX_DAYS; i++) {
			if (isWorkingDay(day)) {
				LocalTime begin = time.isBefore(this.start) ? this.start : time;
				if (begin.isBefore(this.end)) {
					Duration available = Duration.between(begin, this.end);
					if (left.compareTo(available) <= 0) {
						return day.atTime(begin).plus(left).atZone(this.zone).toInstant();
					}
					left = left.minus(available);
				}
			}
			day = day.plusDays(1);
			time = LocalTime.MIN;
		}
		throw new IllegalStateException("No working time in ten years");
	}

	/**
	 * The end of a working day: the day {@code at} falls in (or the next working day, if
	 * it is out of hours), then so many working days later.
	 */
	Instant endOfWorkingDay(Instant at, int workingDaysLater) {
		ZonedDateTime when = at.atZone(this.zone);
		LocalDate day = when.toLocalDate();
		if (!isWorkingDay(day) || when.toLocalTime().isAfter(this.end)) {
			day = nextWorkingDay(day);
		}
		for (int i = 0; i < workingDaysLater; i++) {
			day = nextWorkingDay(day);
		}
		return day.atTime(this.end).atZone(this.zone).toInstant();
	}

	private LocalDate nextWorkingDay(LocalDate after) {
		LocalDate day = after.plusDays(1);
		for (int i = 0; i < MAX_DAYS && !isWorkingDay(day); i++) {
			day = day.plusDays(1);
		}
		return day;
	}

}
