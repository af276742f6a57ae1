package org.followon.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RepeatRuleTests {

	private static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void everyTwoWeeksFromTheFirstDateForANumberOfMeetings() {
		assertThat(RepeatRule.everyWeeks(2, null, 4).dates(day("2026-03-05"))).containsExactly(day("2026-03-05"),
				day("2026-03-19"), day("2026-04-02"), day("2026-04-16"));
	}

	@Test
	void everyWeekUntilADateIncludesThatDate() {
		assertThat(RepeatRule.everyWeeks(1, day("2026-03-19"), null).dates(day("2026-03-05")))
			.containsExactly(day("2026-03-05"), day("2026-03-12"), day("2026-03-19"));
	}

	@Test
	void monthlyOnTheSecondTuesdayStartsOnTheFirstOneOnOrAfterTheDate() {
		// 10 March 2026 is the second Tuesday; from the 11th the first is in April.
		assertThat(RepeatRule.monthly(WeekOfMonth.SECOND, DayOfWeek.TUESDAY, null, 3).dates(day("2026-03-11")))
			.containsExactly(day("2026-04-14"), day("2026-05-12"), day("2026-06-09"));
		assertThat(RepeatRule.monthly(WeekOfMonth.SECOND, DayOfWeek.TUESDAY, null, 1).dates(day("2026-03-10")))
			.containsExactly(day("2026-03-10"));
	}

	@Test
	void theLastFridayIsTheFifthInSomeMonthsAndTheFourthInOthers() {
		assertThat(RepeatRule.monthly(WeekOfMonth.LAST, DayOfWeek.FRIDAY, day("2026-06-30"), null)
			.dates(day("2026-01-01"))).containsExactly(day("2026-01-30"), day("2026-02-27"), day("2026-03-27"),
					day("2026-04-24"), day("2026-05-29"), day("2026-06-26"));
	}

	@Test
	void monthsWithoutAFifthTuesdayAreSkipped() {
		// 2026: March, June, September and December have five Tuesdays.
		assertThat(RepeatRule.monthly(WeekOfMonth.FIFTH, DayOfWeek.TUESDAY, null, 3).dates(day("2026-01-01")))
			.containsExactly(day("2026-03-31"), day("2026-06-30"), day("2026-09-29"));
		assertThat(WeekOfMonth.FIFTH.in(YearMonth.of(2026, 2), DayOfWeek.TUESDAY)).isNull();
		assertThat(WeekOfMonth.LAST.in(YearMonth.of(2026, 2), DayOfWeek.TUESDAY)).isEqualTo(day("2026-02-24"));
	}

	@Test
	void theEndIsWhicheverComesFirstAndNeverMoreThanOneBeyondTheLimit() {
		assertThat(RepeatRule.everyWeeks(1, day("2026-03-12"), 10).dates(day("2026-03-05"))).hasSize(2);
		assertThat(RepeatRule.everyWeeks(1, day("2030-01-01"), null).dates(day("2026-01-01")))
			.as("a caller can tell the rule makes too many meetings")
			.hasSize(RepeatRule.MOST + 1);
		assertThat(RepeatRule.everyWeeks(1, day("2026-03-01"), null).dates(day("2026-03-05"))).isEmpty();
	}

	@Test
	void aRuleWithoutAnEndIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RepeatRule.everyWeeks(2, null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RepeatRule.monthly(WeekOfMonth.FIRST, DayOfWeek.MONDAY, null, null));
	}

}
