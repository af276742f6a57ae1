package org.followon.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.followon.summary.SummaryStatistics.Lasted;
import org.followon.summary.SummaryStatistics.SurvivalPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The summary's arithmetic on its own. */
class SummaryStatisticsTests {

	@Test
	void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
		assertThat(SummaryStatistics.median(List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
		assertThat(SummaryStatistics.median(List.of(4.0, 1.0, 10.0, 2.0))).isEqualTo(3.0);
		assertThat(SummaryStatistics.median(List.of(7.0))).isEqualTo(7.0);
		assertThat(SummaryStatistics.median(List.of())).isNull();
		assertThat(SummaryStatistics.mean(List.of(1.0, 2.0, 6.0))).isEqualTo(3.0);
		assertThat(SummaryStatistics.mean(List.of())).isNull();
	}

	@Test
	void aYearIsTwelveMonthsAndNothingIsNegative() {
		assertThat(SummaryStatistics.months(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1))).isCloseTo(12.0,
				within(0.05));
		// 2016 is a leap year: 366 days / 30.4375 = 12.02.
		assertThat(SummaryStatistics.months(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1))).isCloseTo(12.02,
				within(0.005));
		assertThat(SummaryStatistics.months(LocalDate.of(2015, 3, 1), LocalDate.of(2015, 2, 1))).isZero();
	}

	@Test
	void figuresHaveOneDecimalPlaceWithoutATrailingZero() {
		assertThat(SummaryStatistics.oneDecimal(17.25)).isEqualTo(new BigDecimal("17.3"));
		assertThat(SummaryStatistics.oneDecimal(11.0)).isEqualTo(new BigDecimal("11"));
		assertThat(SummaryStatistics.oneDecimal(50.0).toPlainString()).isEqualTo("50");
		assertThat(SummaryStatistics.oneDecimal(0.04).toPlainString()).isEqualTo("0");
		assertThat(SummaryStatistics.oneDecimal(null)).isNull();
		assertThat(SummaryStatistics.percent(1, 3)).isCloseTo(33.33, within(0.01));
		assertThat(SummaryStatistics.percent(1, 0)).isNull();
	}

	@Test
	void whenEveryGroupHasStoppedTheCurveIsTheShareThatLastedThatLong() {
		// Four groups that stopped after 1.5, 2.5, 2.5 and 4 months.
		List<SurvivalPoint> curve = SummaryStatistics.survival(
				List.of(new Lasted(2.5, true), new Lasted(1.5, true), new Lasted(4, true), new Lasted(2.5, true)));
		assertThat(curve).extracting(SurvivalPoint::month).containsExactly(0, 1, 2, 3, 4);
		assertThat(curve).extracting(SurvivalPoint::atRisk).containsExactly(4, 4, 3, 1, 0);
		// 1 - 1/4 = 0.75 after 1.5 months; then 2 of 3 stop at 2.5: 0.75 × 1/3 = 0.25;
		// then 0.
		assertThat(curve).extracting(SummaryStatisticsTests::percent).containsExactly(100.0, 100.0, 75.0, 25.0, 0.0);
	}

	@Test
	void groupsStillGoingLeaveTheCountWithoutLoweringTheShare() {
		// Still going after 1.2 months; stopped at 2.0; still going at 3.4; stopped at
		// 5.1.
		List<SurvivalPoint> curve = SummaryStatistics.survival(
				List.of(new Lasted(1.2, false), new Lasted(2.0, true), new Lasted(3.4, false), new Lasted(5.1, true)));
		assertThat(curve).extracting(SurvivalPoint::atRisk).containsExactly(4, 4, 2, 2, 1, 1, 0);
		// At 2.0: 3 counted (2.0, 3.4, 5.1), 1 stops: 2/3. At 5.1: 1 counted, it stops:
		// 0.
		assertThat(curve).extracting(SummaryStatisticsTests::percent)
			.containsExactly(100.0, 100.0, 66.7, 66.7, 66.7, 66.7, 0.0);
		assertThat(SummaryStatistics.survival(List.of())).isEmpty();
	}

	private static double percent(SurvivalPoint point) {
		return Math.round(point.share() * 1000) / 10.0;
	}

	@Test
	void theDefaultPeriodIsTheLatestCompleteHalfYear() {
		assertThat(SummaryPeriod.lastCompleteHalf(LocalDate.of(2026, 3, 2))).isEqualTo(SummaryPeriod.half(2025, 2));
		assertThat(SummaryPeriod.lastCompleteHalf(LocalDate.of(2026, 7, 1))).isEqualTo(SummaryPeriod.half(2026, 1));
		assertThat(SummaryPeriod.lastCompleteHalf(LocalDate.of(2026, 6, 30))).isEqualTo(SummaryPeriod.half(2025, 2));
		assertThat(SummaryPeriod.halves(LocalDate.of(2024, 11, 5), LocalDate.of(2026, 3, 2)))
			.extracting(SummaryPeriod::halfKey)
			.containsExactly("2026-1", "2025-2", "2025-1", "2024-2");
		assertThat(SummaryPeriod.ofHalfKey("2025-3")).isNull();
		assertThat(new SummaryPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)).halfKey()).isNull();
	}

}
