package org.followon.concern;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code followon.concerns.*}: where alerts go, when the service works (days, hours,
 * whose bank holidays it keeps, other dates it is closed), how long a concern may wait
 * unacknowledged (working time) before the second alert, how many working days "in the
 * next few days" means, and the words that tell people the service's hours.
 */
@ConfigurationProperties("followon.concerns")
record ConcernSettings(String dutyInbox, Duration escalateAfter, Set<DayOfWeek> workingDays, LocalTime dayStarts,
		LocalTime dayEnds, Set<LocalDate> closedOn, String bankHolidays, int soonWorkingDays, String serviceHoursText) {

	ConcernSettings {
		closedOn = closedOn == null ? Set.of() : Set.copyOf(closedOn);
		bankHolidays = bankHolidays == null ? "eng" : bankHolidays;
	}

}
