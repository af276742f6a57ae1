package org.followon.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.followon.summary.SummaryQueries.FairnessRow;

/**
 * Who the groups reach compared with who the PMPs reach: each gender (or age band) as a
 * share of PMP participants and as a share of group members, so a group of people the
 * groups under-serve shows as a smaller share among members.
 */
class SummaryFairness {

	/**
	 * The order of the programme module's Gender and AgeBand answers (labels in
	 * messages).
	 */
	private static final Map<String, List<String>> ORDER = Map.of("gender",
			List.of("WOMAN", "MAN", "NON_BINARY", "ANOTHER_WAY", "PREFER_NOT_TO_SAY"), "age_band",
			List.of("UNDER_30", "FROM_30_TO_39", "FROM_40_TO_49", "FROM_50_TO_59", "FROM_60_TO_69", "FROM_70_TO_79",
					"OVER_80", "PREFER_NOT_TO_SAY"));

	private final List<FairnessRow> rows;

	SummaryFairness(List<FairnessRow> rows) {
		this.rows = rows;
	}

	/**
	 * The table for "gender" or "age_band", each row labelled by {@code prefix} + the
	 * answer.
	 */
	SummaryTable table(String characteristic, String prefix) {
		Function<FairnessRow, String> answer = characteristic.equals("gender") ? FairnessRow::gender
				: FairnessRow::ageBand;
		Map<String, Long> participants = counts("participants", answer);
		Map<String, Long> members = counts("members", answer);
		long allParticipants = participants.values().stream().mapToLong(Long::longValue).sum();
		long allMembers = members.values().stream().mapToLong(Long::longValue).sum();
		Set<String> answers = new LinkedHashSet<>(ORDER.get(characteristic));
		answers.addAll(participants.keySet());
		answers.addAll(members.keySet());
		List<SummaryTable.Row> table = new ArrayList<>();
		for (String a : answers) {
			long p = participants.getOrDefault(a, 0L);
			long m = members.getOrDefault(a, 0L);
			if (p == 0 && m == 0 && !ORDER.get(characteristic).contains(a)) {
				continue;
			}
			String label = a.isEmpty() ? NetworkSummaryService.NOT_RECORDED : prefix + a;
			table.add(new SummaryTable.Row(label,
					Arrays.<Number>asList(p,
							SummaryStatistics.oneDecimal(SummaryStatistics.percent(p, allParticipants)), m,
							SummaryStatistics.oneDecimal(SummaryStatistics.percent(m, allMembers)))));
		}
		return new SummaryTable(characteristic.equals("gender") ? "gender" : "age_bands", List.of(characteristic,
				"pmp_participants", "pmp_participants_percent", "group_members", "group_members_percent"), table);
	}

	/** Counts by answer, a missing answer as "". */
	private Map<String, Long> counts(String who, Function<FairnessRow, String> answer) {
		Map<String, Long> counts = new TreeMap<>();
		this.rows.stream()
			.filter((r) -> r.who().equals(who))
			.forEach((r) -> counts.merge(answer.apply(r) == null ? "" : answer.apply(r), r.count(), Long::sum));
		return counts;
	}

}
