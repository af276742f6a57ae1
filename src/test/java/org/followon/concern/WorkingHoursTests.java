package org.followon.concern;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Working time as the service counts it: Monday to Friday, 9 to 5, London, less closed
 * days.
 */
class WorkingHoursTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final Duration FOUR_HOURS = Duration.ofHours(4);

	private final WorkingHours hours = hours(Set.of());

	private static WorkingHours hours(Set<LocalDate> closed) {
		return new WorkingHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
				LocalTime.of(17, 0), closed, LONDON);
	}

	private static Instant at(String london) {
		return LocalDateTime.parse(london).atZone(LONDON).toInstant();
	}

	@Test
	void raisedFridayAtFourEscalatesMondayAtNoon() {
		// 2026-03-06 is a Friday: one hour that day, three on Monday.
		assertThat(this.hours.plus(at("2026-03-06T16:00"), FOUR_HOURS)).isEqualTo(at("2026-03-09T12:00"));
	}

	@Test
	void raisedOnSaturdayEscalatesMondayAtOne() {
		assertThat(this.hours.plus(at("2026-03-07T10:30"), FOUR_HOURS)).isEqualTo(at("2026-03-09T13:00"));
	}

	@Test
	void raisedBeforeOpeningCountsFromOpening() {
		assertThat(this.hours.plus(at("2026-03-09T07:15"), FOUR_HOURS)).isEqualTo(at("2026-03-09T13:00"));
	}

	@Test
	void raisedInTheMorningEscalatesThatAfternoon() {
		assertThat(this.hours.plus(at("2026-03-09T10:30"), FOUR_HOURS)).isEqualTo(at("2026-03-09T14:30"));
	}

	@Test
	void raisedLateInTheDayEscalatesTheNextMorning() {
		assertThat(this.hours.plus(at("2026-03-09T15:00"), FOUR_HOURS)).isEqualTo(at("2026-03-10T11:00"));
		assertThat(this.hours.plus(at("2026-03-09T13:00"), FOUR_HOURS)).isEqualTo(at("2026-03-09T17:00"));
	}

	@Test
	void raisedAfterClosingEscalatesTheNextDay() {
		assertThat(this.hours.plus(at("2026-03-09T22:00"), FOUR_HOURS)).isEqualTo(at("2026-03-10T13:00"));
	}

	@Test
	void aClosedDaySuchAsABankHolidayDoesNotCount() {
		// Easter Monday 2026 is 6 April: a concern raised on Good Friday afternoon (also
		// closed)
		// waits for Tuesday.
		WorkingHours easter = hours(Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)));
		assertThat(easter.plus(at("2026-04-03T15:00"), FOUR_HOURS)).isEqualTo(at("2026-04-07T13:00"));
	}

	@Test
	void theClocksGoingForwardDoNotShiftTheWorkingDay() {
		// British Summer Time begins on Sunday 29 March 2026.
		assertThat(this.hours.plus(at("2026-03-27T16:00"), FOUR_HOURS)).isEqualTo(at("2026-03-30T12:00"))
			.isEqualTo(Instant.parse("2026-03-30T11:00:00Z"));
	}

	@Test
	void longerThanADayCarriesOverSeveralWorkingDays() {
		assertThat(this.hours.plus(at("2026-03-05T09:00"), Duration.ofHours(20))).isEqualTo(at("2026-03-09T13:00"));
	}

	@Test
	void theEndOfAWorkingDayIsThatDayOrTheNextOneOpen() {
		assertThat(this.hours.endOfWorkingDay(at("2026-03-09T13:00"), 0)).isEqualTo(at("2026-03-09T17:00"));
		assertThat(this.hours.endOfWorkingDay(at("2026-03-09T17:00"), 0)).isEqualTo(at("2026-03-09T17:00"));
		assertThat(this.hours.endOfWorkingDay(at("2026-03-09T18:00"), 0)).isEqualTo(at("2026-03-10T17:00"));
		assertThat(this.hours.endOfWorkingDay(at("2026-03-07T12:00"), 0)).isEqualTo(at("2026-03-09T17:00"));
		// "In the next few days": two working days on, over a weekend.
		assertThat(this.hours.endOfWorkingDay(at("2026-03-05T10:00"), 2)).isEqualTo(at("2026-03-09T17:00"));
	}

	@Test
	void workingHoursNeedADayAndAStartBeforeTheEnd() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WorkingHours(Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of(), LONDON));
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkingHours(Set.of(DayOfWeek.MONDAY),
				LocalTime.of(17, 0), LocalTime.of(9, 0), Set.of(), LONDON));
	}

}
