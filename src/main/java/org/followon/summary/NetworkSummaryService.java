package org.followon.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.followon.account.Role;
import org.followon.account.SignedInUser;
import org.followon.group.GroupStatus;
import org.followon.group.GroupStatusAsOf;
import org.followon.summary.NetworkSummary.Activity;
import org.followon.summary.NetworkSummary.Duration;
import org.followon.summary.NetworkSummary.Reach;
import org.followon.summary.NetworkSummary.Retention;
import org.followon.summary.NetworkSummary.Topics;
import org.followon.summary.SummaryQueries.CountRow;
import org.followon.summary.SummaryQueries.GroupRow;
import org.followon.summary.SummaryStatistics.Lasted;
import org.followon.summary.SummaryStatistics.SurvivalPoint;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out the network summary for a period and a person: staff see the whole network, a
 * clinician the PMPs they facilitate and the groups formed from them.
 */
@Service
@Transactional(readOnly = true)
class NetworkSummaryService {

	/** Topics that are the PMP's self-management techniques; the rest are social. */
	static final Set<String> TECHNIQUES = Set.of("GOAL_SETTING", "PACING", "RELAXATION", "EXERCISE", "FLARE_UP_SUPPORT",
			"SHARING_TECHNIQUES");

	/** A row label for "nothing recorded" (a null reason, gender or age band). */
	static final String NOT_RECORDED = "summary.notRecorded";

	private final SummaryQueries queries;

	private final GroupStatusAsOf statuses;

	private final Clock clock;

	NetworkSummaryService(SummaryQueries queries, GroupStatusAsOf statuses, Clock clock) {
		this.queries = queries;
		this.statuses = statuses;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Whose data the person may see; staff win over any other role they hold. */
	SummaryScope scopeFor(SignedInUser user) {
		if (user.has(Role.STAFF)) {
			return SummaryScope.all();
		}
		if (user.has(Role.CLINICIAN)) {
			return this.queries.clinicianScope(user.accountId());
		}
		throw new AccessDeniedException("The network summary is for staff and clinicians");
	}

	/**
	 * The half-years to offer, newest first, from the earliest data in scope to today.
	 */
	List<SummaryPeriod> halves(SummaryScope scope) {
		return SummaryPeriod.halves(this.queries.earliest(scope), today());
	}

	/**
	 * The summary of a period, worked out as of its end, or as of today while it has not
	 * ended (then {@link NetworkSummary#asOf()} says so).
	 */
	NetworkSummary summary(SummaryScope scope, SummaryPeriod asked) {
		SummaryPeriod period = asked.upTo(today());
		SummaryQueries.ReachRow reachRow = this.queries.reach(scope, period);
		List<CountRow> decisions = this.queries.decisions(scope, period);
		Reach reach = new Reach(reachRow.pmpsFinished(), reachRow.handoversCompleted(), choices(decisions, "JOINING"),
				choices(decisions, "NOT_FOR_ME"), choices(decisions, "UNDECIDED"), reachRow.groupsFormed(),
				reachRow.pmpsLeadingToFormedGroup());

		List<GroupRow> groups = this.queries.groups(scope, period);
		Map<GroupStatus, Long> byStatus = new LinkedHashMap<>();
		Arrays.stream(GroupStatus.values()).forEach((s) -> byStatus.put(s, 0L));
		List<Lasted> lasted = new ArrayList<>();
		Map<String, Long> channels = new TreeMap<>();
		Map<String, Long> venues = new TreeMap<>();
		int notYetMet = 0;
		for (GroupRow g : groups) {
			GroupStatus status = this.statuses.on(period.to(), g.startedOn(), g.formedOn(), g.lastContact(),
					g.closedOn());
			byStatus.merge(status, 1L, Long::sum);
			if (g.lastContact() == null) {
				notYetMet++;
			}
			else {
				LocalDate start = g.pmpEndedOn() != null ? g.pmpEndedOn() : g.startedOn();
				lasted.add(new Lasted(SummaryStatistics.months(start, g.lastContact()), status == GroupStatus.FOLDED));
			}
			if (status != GroupStatus.FOLDED) {
				split(g.channels()).forEach((c) -> channels.merge(c, 1L, Long::sum));
				venues.merge(g.venueType() == null ? NOT_RECORDED : g.venueType(), 1L, Long::sum);
			}
		}
		SummaryQueries.MeetingRow meetings = this.queries.meetings(scope, period);
		SummaryQueries.RetentionRow retention = this.queries.retention(scope, period);
		Activity activity = new Activity(byStatus.get(GroupStatus.FORMING), byStatus.get(GroupStatus.ACTIVE),
				byStatus.get(GroupStatus.DORMANT), byStatus.get(GroupStatus.FOLDED), meetings.meetingsHeld(),
				meetings.attendanceMean(), meetings.membersAttended(),
				new Retention(6, retention.eligible6(), retention.attending6()),
				new Retention(12, retention.eligible12(), retention.attending12()));
		Duration duration = duration(lasted, notYetMet);

		List<CountRow> leaving = this.queries.leavingReasons(scope, period);
		Map<String, Long> topicCounts = new TreeMap<>();
		Topics topics = topics(this.queries.topics(scope, period), topicCounts);

		Map<String, SummaryTable> tables = new LinkedHashMap<>();
		tables.put("decisions", decisionsTable(decisions));
		Map<String, Long> statusRows = new LinkedHashMap<>();
		byStatus.forEach((status, count) -> statusRows.put("GroupStatus." + status.name(), count));
		tables.put("group_status", counts("group_status", "status", "groups", statusRows));
		tables.put("group_survival", survivalTable(duration.survival()));
		tables.put("leaving_reasons",
				counts("leaving_reasons", "reason", "members", labelled("LeavingReason.", leaving)));
		tables.put("meeting_topics", topicsTable(topicCounts, topics.logged()));
		tables.put("channels", counts("channels", "channel", "groups", prefixed("ChannelChoice.", channels)));
		tables.put("venue_types", counts("venue_types", "venue_type", "groups", prefixed("VenueType.", venues)));
		SummaryFairness fairness = new SummaryFairness(this.queries.fairness(scope, period));
		tables.put("gender", fairness.table("gender", "Gender."));
		tables.put("age_bands", fairness.table("age_band", "AgeBand."));
		return new NetworkSummary(asked, period == asked ? null : period.to(), scope.wholeNetwork(), reach, activity,
				duration, topics, leaving.stream().mapToLong(CountRow::count).sum(), tables);
	}

	private static long choices(List<CountRow> decisions, String choice) {
		return decisions.stream().filter((d) -> choice.equals(d.key())).mapToLong(CountRow::count).sum();
	}

	private static Duration duration(List<Lasted> lasted, int notYetMet) {
		List<Double> months = lasted.stream().map(Lasted::months).toList();
		return new Duration(lasted.size(), notYetMet, SummaryStatistics.mean(months), SummaryStatistics.median(months),
				months.stream().min(Double::compare).orElse(null), months.stream().max(Double::compare).orElse(null),
				SummaryStatistics.survival(lasted));
	}

	private static Topics topics(List<CountRow> rows, Map<String, Long> perTopic) {
		long logged = 0;
		long techniques = 0;
		long socialOnly = 0;
		long none = 0;
		for (CountRow row : rows) {
			List<String> topics = split(row.key());
			logged += row.count();
			if (topics.isEmpty()) {
				none += row.count();
			}
			else if (topics.stream().anyMatch(TECHNIQUES::contains)) {
				techniques += row.count();
			}
			else {
				socialOnly += row.count();
			}
			topics.forEach((t) -> perTopic.merge(t, row.count(), Long::sum));
		}
		return new Topics(logged, techniques, socialOnly, none);
	}

	private static List<String> split(String names) {
		return names == null || names.isBlank() ? List.of()
				: Arrays.stream(names.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

	private static SummaryTable decisionsTable(List<CountRow> decisions) {
		List<SummaryTable.Row> rows = new ArrayList<>();
		for (String choice : List.of("JOINING", "NOT_FOR_ME", "UNDECIDED")) {
			rows.add(new SummaryTable.Row("Choice." + choice, List.of(choices(decisions, choice))));
			if (choice.equals("NOT_FOR_ME")) {
				decisions.stream()
					.filter((d) -> choice.equals(d.key()))
					.forEach((d) -> rows.add(new SummaryTable.Row(
							d.detail() == null ? "summary.reason.notGiven" : "NotJoiningReason." + d.detail(),
							List.of(d.count()))));
			}
		}
		return new SummaryTable("decisions", List.of("decision", "participants"), rows);
	}

	private static Map<String, Long> labelled(String prefix, List<CountRow> rows) {
		Map<String, Long> counts = new LinkedHashMap<>();
		rows.forEach((r) -> counts.put(r.key() == null ? NOT_RECORDED : prefix + r.key(), r.count()));
		return counts;
	}

	private static Map<String, Long> prefixed(String prefix, Map<String, Long> counts) {
		Map<String, Long> labelled = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach((e) -> labelled.put(e.getKey().equals(NOT_RECORDED) ? NOT_RECORDED : prefix + e.getKey(),
					e.getValue()));
		return labelled;
	}

	private static SummaryTable counts(String name, String label, String column, Map<String, Long> counts) {
		List<SummaryTable.Row> rows = new ArrayList<>();
		counts.forEach((code, count) -> rows.add(new SummaryTable.Row(code, List.of(count))));
		return new SummaryTable(name, List.of(label, column), rows);
	}

	private static SummaryTable topicsTable(Map<String, Long> perTopic, long logged) {
		List<SummaryTable.Row> rows = new ArrayList<>();
		perTopic.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach((e) -> rows.add(new SummaryTable.Row("Topic." + e.getKey(), Arrays.<Number>asList(e.getValue(),
					SummaryStatistics.oneDecimal(SummaryStatistics.percent(e.getValue(), logged))))));
		return new SummaryTable("meeting_topics", List.of("topic", "meetings", "meetings_percent"), rows);
	}

	private static SummaryTable survivalTable(List<SurvivalPoint> points) {
		List<SummaryTable.Row> rows = new ArrayList<>();
		points.forEach((p) -> rows.add(new SummaryTable.Row(Integer.toString(p.month()),
				Arrays.<Number>asList(p.atRisk(), SummaryStatistics.oneDecimal(p.share() * 100)))));
		return new SummaryTable("group_survival",
				List.of("months_since_pmp", "groups_still_followed", "still_meeting_percent"), rows);
	}

}
