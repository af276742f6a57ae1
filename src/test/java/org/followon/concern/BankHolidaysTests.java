package org.followon.concern;

import java.time.DayOfWeek;
import java.time.Duration;
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
 * Bank holidays are not working time, without anyone typing them in: the service's
 * settings as shipped.
 */
class BankHolidaysTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static WorkingHours hours(String bankHolidays, Set<LocalDate> closedOn) {
		return WorkingHours.of(new ConcernSettings("duty@example.org", Duration.ofHours(4),
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0), closedOn,
				bankHolidays, 2, "Monday to Friday"), LONDON);
	}

	private static java.time.Instant at(String london) {
		return LocalDateTime.parse(london).atZone(LONDON).toInstant();
	}

	@Test
	void christmasAndTheSubstituteBoxingDayAreNotWorkingTime() {
		// Thursday 24 December 2026, 4pm: one hour that day; Friday 25th is Christmas
		// Day, Boxing Day
		// falls on the Saturday so Monday 28th is its substitute; three hours on Tuesday
		// 29th.
		WorkingHours england = hours("eng", Set.of());
		assertThat(england.plus(at("2026-12-24T16:00"), Duration.ofHours(4))).isEqualTo(at("2026-12-29T12:00"));
		assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
		assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
		assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
	}

	@Test
	void goodFridayAndEasterMondayAreNotWorkingTimeInEnglandAndWales() {
		WorkingHours england = hours("eng", Set.of());
		assertThat(england.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
		assertThat(england.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse();
		assertThat(england.plus(at("2027-03-25T16:00"), Duration.ofHours(4))).isEqualTo(at("2027-03-30T12:00"));
		assertThat(hours("wls", Set.of()).isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse();
	}

	@Test
	void eachNationKeepsItsOwn() {
		// Easter Monday is not a bank holiday in Scotland; 2 January is (Monday 4 January
		// 2027, its substitute).
		assertThat(hours("sct", Set.of()).isWorkingDay(LocalDate.of(2027, 3, 29))).isTrue();
		assertThat(hours("sct", Set.of()).isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
		assertThat(hours("eng", Set.of()).isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
		// 12 July (the Battle of the Boyne) in Northern Ireland only.
		assertThat(hours("nir", Set.of()).isWorkingDay(LocalDate.of(2027, 7, 12))).isFalse();
		assertThat(hours("eng", Set.of()).isWorkingDay(LocalDate.of(2027, 7, 12))).isTrue();
	}

	@Test
	void closedDatesAddToTheBankHolidaysAndNoneSwitchesThemOff() {
		WorkingHours withTrainingDay = hours("eng", Set.of(LocalDate.of(2027, 3, 25)));
		assertThat(withTrainingDay.isWorkingDay(LocalDate.of(2027, 3, 25))).isFalse();
		assertThat(withTrainingDay.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
		assertThat(hours("none", Set.of()).isWorkingDay(LocalDate.of(2026, 12, 25))).isTrue();
		assertThat(hours(" NONE ", Set.of()).isWorkingDay(LocalDate.of(2026, 12, 25))).isTrue();
	}

	@Test
	void anUnknownNationStopsTheAppStartingRatherThanCountingEveryDay() {
		assertThatIllegalArgumentException().isThrownBy(() -> hours("gb-london", Set.of()))
			.withMessageContaining("eng, wls, sct, nir or none");
	}

	@Test
	void workingTimeAcrossTheClockChangeIsCountedInLocalHours() {
		// The clocks go back at 2am on Sunday 25 October 2026: Friday 3pm plus four
		// working hours is
		// two hours on Friday and two on Monday, whatever the clocks did in between.
		assertThat(hours("eng", Set.of()).plus(at("2026-10-23T15:00"), Duration.ofHours(4)))
			.isEqualTo(at("2026-10-26T11:00"));
		assertThat(hours("eng", Set.of()).plus(at("2027-03-26T15:00"), Duration.ofHours(4)))
			.as("Good Friday 2027, then the clocks go forward on Sunday 28 March and Easter Monday")
			.isEqualTo(at("2027-03-30T13:00"));
	}

}
