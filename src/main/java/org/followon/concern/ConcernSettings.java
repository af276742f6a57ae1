package org.followon.concern;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code followon.concerns.*}: where alerts go, when the service works (days, hours,
 * whose bank holidays it keeps, other dates it is closed), how long a concern may wait
 * unacknowledged (working time) before the second alert, how many working days "in the
 * next few days" means, and the words that tell people the service's hours. The job's
 * timer has its own switches, {@code followon.concerns.cron} and
 * {@code followon.concerns.scheduled} (see {@link ConcernScheduling}).
 *
 * @param dutyInbox where welfare-concern alerts go (a link and how soon, no personal
 * details); watch it in working hours. application.properties makes it the service inbox
 * @param escalateAfter working time a concern may wait unacknowledged before the second
 * alert (ISO duration)
 * @param workingDays the service's working days, comma-separated
 * @param dayStarts when the working day starts, in the service's time zone
 * @param dayEnds when the working day ends, in the service's time zone
 * @param closedOn other dates the service is closed (training days, a newly announced
 * bank holiday), comma-separated yyyy-mm-dd; they do not count as working time
 * @param bankHolidays whose bank holidays the service keeps (jollyday's codes; they do
 * not count as working time): eng (England and Wales), wls, sct, nir, or none
 * @param soonWorkingDays "in the next few days" means by the end of this many working
 * days
 * @param serviceHoursText the service's hours as people read them on the concern pages;
 * keep it true to the settings above
 */
@ConfigurationProperties("followon.concerns")
@Validated
record ConcernSettings(@NotBlank @Email String dutyInbox,
		@NotNull @DurationMin(nanos = 1) @DefaultValue("PT4H") Duration escalateAfter,
		@NotEmpty @DefaultValue("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY") Set<DayOfWeek> workingDays,
		@NotNull @DefaultValue("09:00") LocalTime dayStarts, @NotNull @DefaultValue("17:00") LocalTime dayEnds,
		Set<LocalDate> closedOn, @NotBlank @DefaultValue("eng") String bankHolidays,
		@Positive @DefaultValue("2") int soonWorkingDays,
		@NotBlank @DefaultValue("Monday to Friday, 9am to 5pm, except bank holidays") String serviceHoursText) {

	ConcernSettings {
		// Unset means no other closed dates (an empty default would bind as one null
		// date).
		closedOn = closedOn == null ? Set.of() : Set.copyOf(closedOn);
		bankHolidays = bankHolidays == null ? "eng" : bankHolidays;
	}

}
