package org.followon.dashboard;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardTrendTests {

	@Test
	void theTwelveMonthsEndWithThisOne() {
		List<YearMonth> months = DashboardTrend.monthsTo(YearMonth.of(2026, 2));
		assertThat(months).hasSize(12).startsWith(YearMonth.of(2025, 3)).endsWith(YearMonth.of(2026, 2));
	}

	@Test
	void barsAreScaledToTheBusiestMonthAndAnEmptyMonthIsALine() {
		DashboardTrend trend = new DashboardTrend(DashboardTrend.monthsTo(YearMonth.of(2026, 2)),
				List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 12, 6));
		List<DashboardTrend.Bar> bars = trend.bars();
		assertThat(bars.get(0)).isEqualTo(new DashboardTrend.Bar(0, 23, 6, 1, true));
		assertThat(bars.get(9)).as("a small month still shows").isEqualTo(new DashboardTrend.Bar(72, 22, 6, 2, false));
		assertThat(bars.get(10)).isEqualTo(new DashboardTrend.Bar(80, 0, 6, 24, false));
		assertThat(bars.get(11)).isEqualTo(new DashboardTrend.Bar(88, 12, 6, 12, false));
		assertThat(trend.total()).isEqualTo(19);
		assertThat(trend.barsPath()).isEqualTo("M72 22h6v2h-6z M80 0h6v24h-6z M88 12h6v12h-6z");
		assertThat(trend.emptyPath()).startsWith("M0 23h6v1h-6z M8 23h6v1h-6z").endsWith("M64 23h6v1h-6z");
		assertThat(trend.text()).isEqualTo("Mar 2025 0, Apr 2025 0, May 2025 0, Jun 2025 0, Jul 2025 0, Aug 2025 0, "
				+ "Sept 2025 0, Oct 2025 0, Nov 2025 0, Dec 2025 1, Jan 2026 12, Feb 2026 6");
	}

	@Test
	void pagesLinkTheFirstTheLastAndTwoEitherSide() {
		assertThat(page(1, 1).pageItems()).containsExactly(1);
		assertThat(page(1, 20).pageItems()).containsExactly(1, 2, 3, 0, 20);
		assertThat(page(10, 20).pageItems()).containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 20);
		assertThat(page(4, 5).pageItems()).containsExactly(1, 2, 3, 4, 5);
	}

	private static Dashboard.Page page(int page, int pages) {
		return new Dashboard.Page(List.of(), List.of(), pages * 50, page, pages);
	}

}
