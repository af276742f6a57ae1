package org.followon.network;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A group's attendance over the last twelve months, drawn as a strip of bars on the server (an
 * SVG with no script or style, which the content security policy allows) and read out as text.
 * @param months the twelve months, oldest first
 * @param attended everyone present at the group's meetings in each month
 */
record DashboardTrend(List<YearMonth> months, List<Integer> attended) {

	static final int MONTHS = 12;

	/** The strip's size in SVG units: one bar and a gap per month. */
	static final int BAR_WIDTH = 6;

	static final int STEP = 8;

	static final int HEIGHT = 24;

	static final int WIDTH = MONTHS * STEP;

	/** One bar of the strip, in SVG units; an empty month is a thin line on the base. */
	record Bar(int x, int y, int width, int height, boolean empty) {
	}

	/** The twelve months ending with this one. */
	static List<YearMonth> monthsTo(YearMonth last) {
		List<YearMonth> months = new ArrayList<>();
		for (int i = MONTHS - 1; i >= 0; i--) {
			months.add(last.minusMonths(i));
		}
		return months;
	}

	public List<Bar> bars() {
		int most = this.attended.stream().mapToInt(Integer::intValue).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < this.attended.size(); i++) {
			int value = this.attended.get(i);
			int height = value == 0 ? 1 : Math.max(2, Math.round((float) value * HEIGHT / most));
			bars.add(new Bar(i * STEP, HEIGHT - height, BAR_WIDTH, height, value == 0));
		}
		return bars;
	}

	public int total() {
		return this.attended.stream().mapToInt(Integer::intValue).sum();
	}

}
