package org.followon.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The summary's arithmetic: months between days, mean, median, percentages, and the
 * survival curve.
 */
final class SummaryStatistics {

	/** An average month, so that a year is 12.0 months whatever the months' lengths. */
	static final double DAYS_PER_MONTH = 365.25 / 12;

	private SummaryStatistics() {
	}

	/** Months from one day to a later one (never below 0). */
	static double months(LocalDate from, LocalDate to) {
		return Math.max(0, ChronoUnit.DAYS.between(from, to)) / DAYS_PER_MONTH;
	}

	static Double mean(Collection<Double> values) {
		return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
	}

	/**
	 * The middle value, or the mean of the two middle values when there is an even
	 * number.
	 */
	static Double median(Collection<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/** A percentage of a whole, or null when there is nothing to take a share of. */
	static Double percent(long part, long whole) {
		return whole == 0 ? null : 100.0 * part / whole;
	}

	/**
	 * One decimal place, without a trailing ".0": 17.25 → 17.3, 11.0 → 11. Null stays
	 * null.
	 */
	static BigDecimal oneDecimal(Double value) {
		if (value == null) {
			return null;
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
	}

	/**
	 * How long a group has lasted, and whether it has stopped (folded) or is still going.
	 */
	record Lasted(double months, boolean stopped) {
	}

	/**
	 * At {@code month} months since the PMP: groups still followed, and the share still
	 * meeting.
	 */
	record SurvivalPoint(int month, int atRisk, double share) {
	}

	/**
	 * The Kaplan–Meier estimate of the share of groups still meeting at each whole month
	 * since their PMP ended, from 0 to the longest duration. A group still going counts
	 * while it has lasted and then drops out of the count without lowering the share
	 * ("censored"), so young groups are not mistaken for groups that stopped.
	 */
	static List<SurvivalPoint> survival(List<Lasted> groups) {
		List<SurvivalPoint> points = new ArrayList<>();
		if (groups.isEmpty()) {
			return points;
		}
		List<Lasted> sorted = groups.stream().sorted((a, b) -> Double.compare(a.months(), b.months())).toList();
		double longest = sorted.get(sorted.size() - 1).months();
		double share = 1.0;
		int next = 0;
		for (int month = 0; month <= Math.ceil(longest); month++) {
			// Stops up to and including this month lower the share, each at its own time.
			while (next < sorted.size() && sorted.get(next).months() <= month) {
				double at = sorted.get(next).months();
				int atRisk = sorted.size() - next;
				int stopped = 0;
				while (next < sorted.size() && sorted.get(next).months() == at) {
					stopped += sorted.get(next).stopped() ? 1 : 0;
					next++;
				}
				share *= 1 - (double) stopped / atRisk;
			}
			points.add(new SurvivalPoint(month, sorted.size() - next, share));
		}
		return points;
	}

}
