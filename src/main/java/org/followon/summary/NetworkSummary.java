package org.followon.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.followon.summary.SummaryStatistics.SurvivalPoint;

/**
 * The network summary for a period: every figure docs/summary.md defines, and its tables.
 * The page, the PDF and the CSV files all show this one record. {@code asOf} is the day
 * the figures are worked out to when the period has not ended yet (today), otherwise
 * null.
 */
record NetworkSummary(SummaryPeriod period, LocalDate asOf, boolean wholeNetwork, Reach reach, Activity activity,
		Duration duration, Topics topics, long membersLeft, Map<String, SummaryTable> tables) {

	/** PMPs and what their participants chose. */
	record Reach(long pmpsFinished, long handoversCompleted, long joining, long notJoining, long undecided,
			long groupsFormed, long pmpsLeadingToFormedGroup) {

		public Double pmpsLeadingToFormedGroupPercent() {
			return SummaryStatistics.percent(this.pmpsLeadingToFormedGroup, this.pmpsFinished);

		}

	}

	/**
	 * Groups by status at the period's end, and meetings and attendance in the period.
	 */
	record Activity(long forming, long active, long dormant, long folded, long meetingsHeld, Double attendanceMean,
			long membersAttended, Retention sixMonths, Retention twelveMonths) {
	}

	/**
	 * Members from PMPs that ended at least {@code months} before the period's end, and
	 * how many came back since.
	 */
	record Retention(int months, long eligible, long attending) {

		public Double percent() {
			return SummaryStatistics.percent(this.attending, this.eligible);
		}

	}

	/** How long groups lasted, in months, and the survival curve. */
	record Duration(int groups, int notYetMet, Double mean, Double median, Double min, Double max,
			List<SurvivalPoint> survival) {

		/**
		 * The survival curve as an SVG path on a {@code width} × {@code height} plot,
		 * starting top left.
		 */
		public String stepPath(double width, double height) {
			if (this.survival.isEmpty()) {
				return "";
			}
			int last = Math.max(1, this.survival.get(this.survival.size() - 1).month());
			StringBuilder path = new StringBuilder("M0," + y(1.0, height));
			for (SurvivalPoint p : this.survival) {
				path.append(" H").append(round(p.month() * width / last)).append(" V").append(y(p.share(), height));
			}
			return path.toString();
		}

		/** The whole months to mark on the chart's axis: about six, evenly spaced. */
		public List<Integer> ticks() {
			int last = this.survival.isEmpty() ? 0 : this.survival.get(this.survival.size() - 1).month();
			int step = Math.max(1, (int) Math.ceil(last / 6.0));
			List<Integer> ticks = new ArrayList<>();
			for (int m = 0; m <= last; m += step) {
				ticks.add(m);
			}
			return ticks;
		}

		public double x(int month, double width) {
			int last = this.survival.isEmpty() ? 1 : Math.max(1, this.survival.get(this.survival.size() - 1).month());
			return round(month * width / last);
		}

		private static double y(double share, double height) {
			return round((1 - share) * height);
		}

		private static double round(double v) {
			return Math.round(v * 10) / 10.0;
		}

	}

	/** Logged meetings in the period by what they covered. */
	record Topics(long logged, long techniques, long socialOnly, long noneRecorded) {

		public Double techniquesPercent() {
			return SummaryStatistics.percent(this.techniques, this.logged);
		}

		public Double socialOnlyPercent() {
			return SummaryStatistics.percent(this.socialOnly, this.logged);
		}

	}

	/** The tables' names, in the order of the page; each is also a CSV file. */
	static final List<String> TABLES = List.of("decisions", "group_status", "group_survival", "leaving_reasons",
			"meeting_topics", "channels", "venue_types", "gender", "age_bands");

	/** The single figures of each section of the page and the PDF, by metric name. */
	private static final Map<String, List<String>> SECTIONS = Map.of("reach",
			List.of("pmps_finished", "handovers_completed", "participants_joining", "participants_not_joining",
					"participants_undecided", "groups_formed", "pmps_leading_to_formed_group",
					"pmps_leading_to_formed_group_percent"),
			"activity",
			List.of("groups_forming", "groups_active", "groups_dormant", "groups_folded", "meetings_held",
					"attendance_per_meeting_mean", "members_attended_at_least_once", "members_eligible_6_months",
					"members_attending_6_months", "members_attending_6_months_percent", "members_eligible_12_months",
					"members_attending_12_months", "members_attending_12_months_percent"),
			"duration",
			List.of("groups_with_duration", "groups_not_yet_met", "group_duration_months_mean",
					"group_duration_months_median", "group_duration_months_min", "group_duration_months_max"),
			"leaving", List.of("members_left"), "topics",
			List.of("meetings_logged", "meetings_covering_techniques", "meetings_covering_techniques_percent",
					"meetings_social_only", "meetings_social_only_percent", "meetings_no_topics_recorded"));

	public List<String> section(String name) {
		return SECTIONS.get(name);
	}

	public SummaryTable table(String name) {
		return this.tables.get(name);
	}

	/** Every single figure, named as in docs/summary.md, in the order of the page. */
	public Map<String, Object> metrics() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("period_start", this.period.from());
		m.put("period_end", this.period.to());
		m.put("figures_as_of", this.asOf != null ? this.asOf : this.period.to());
		m.put("pmps_finished", this.reach.pmpsFinished());
		m.put("handovers_completed", this.reach.handoversCompleted());
		m.put("participants_joining", this.reach.joining());
		m.put("participants_not_joining", this.reach.notJoining());
		m.put("participants_undecided", this.reach.undecided());
		m.put("groups_formed", this.reach.groupsFormed());
		m.put("pmps_leading_to_formed_group", this.reach.pmpsLeadingToFormedGroup());
		m.put("pmps_leading_to_formed_group_percent",
				SummaryStatistics.oneDecimal(this.reach.pmpsLeadingToFormedGroupPercent()));
		m.put("groups_forming", this.activity.forming());
		m.put("groups_active", this.activity.active());
		m.put("groups_dormant", this.activity.dormant());
		m.put("groups_folded", this.activity.folded());
		m.put("meetings_held", this.activity.meetingsHeld());
		m.put("attendance_per_meeting_mean", SummaryStatistics.oneDecimal(this.activity.attendanceMean()));
		m.put("members_attended_at_least_once", this.activity.membersAttended());
		for (Retention r : List.of(this.activity.sixMonths(), this.activity.twelveMonths())) {
			m.put("members_eligible_" + r.months() + "_months", r.eligible());
			m.put("members_attending_" + r.months() + "_months", r.attending());
			m.put("members_attending_" + r.months() + "_months_percent", SummaryStatistics.oneDecimal(r.percent()));
		}
		m.put("groups_with_duration", this.duration.groups());
		m.put("groups_not_yet_met", this.duration.notYetMet());
		m.put("group_duration_months_mean", SummaryStatistics.oneDecimal(this.duration.mean()));
		m.put("group_duration_months_median", SummaryStatistics.oneDecimal(this.duration.median()));
		m.put("group_duration_months_min", SummaryStatistics.oneDecimal(this.duration.min()));
		m.put("group_duration_months_max", SummaryStatistics.oneDecimal(this.duration.max()));
		m.put("members_left", this.membersLeft);
		m.put("meetings_logged", this.topics.logged());
		m.put("meetings_covering_techniques", this.topics.techniques());
		m.put("meetings_covering_techniques_percent", SummaryStatistics.oneDecimal(this.topics.techniquesPercent()));
		m.put("meetings_social_only", this.topics.socialOnly());
		m.put("meetings_social_only_percent", SummaryStatistics.oneDecimal(this.topics.socialOnlyPercent()));
		m.put("meetings_no_topics_recorded", this.topics.noneRecorded());
		return m;
	}

}
