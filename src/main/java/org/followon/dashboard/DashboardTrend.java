package org.followon.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A group's attendance over the last twelve months, drawn as a strip of bars on the
 * server (an SVG with no script or style, which the content security policy allows) and
 * read out as text.
 *
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

	/**
	 * The bars with attendance, as one SVG path (one element, not twelve, keeps the page
	 * quick).
	 */
	public String barsPath() {
		return path(false);
	}

	/** The months without attendance, as thin lines on the base. */
	public String emptyPath() {
		return path(true);
	}

	private String path(boolean empty) {
		StringBuilder d = new StringBuilder();
		for (Bar bar : bars()) {
			if (bar.empty() == empty) {
				d.append(d.isEmpty() ? "" : " ")
					.append('M')
					.append(bar.x())
					.append(' ')
					.append(bar.y())
					.append('h')
					.append(bar.width())
					.append('v')
					.append(bar.height())
					.append("h-")
					.append(bar.width())
					.append('z');
			}
		}
		return d.toString();
	}

	/** The figures for people who cannot see the bars: "Mar 2025 4, Apr 2025 0, …". */
	public String text() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < this.months.size(); i++) {
			text.append(i == 0 ? "" : ", ")
				.append(MONTH.format(this.months.get(i)))
				.append(' ')
				.append(this.attended.get(i));
		}
		return text.toString();
	}

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	public int total() {
		return this.attended.stream().mapToInt(Integer::intValue).sum();
	}

}
