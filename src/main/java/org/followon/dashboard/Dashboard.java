package org.followon.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.followon.group.Groups;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff dashboard: every group with its derived status, filtered and sorted, a page
 * at a time. The status needs every group's facts and today's date, so filtering and
 * sorting happen here over one read of all groups (a thousand rows is little); the counts
 * and the attendance are read for the page's groups only.
 */
@Service
@Transactional(readOnly = true)
class Dashboard {

	static final int PAGE_SIZE = 50;

	/**
	 * One page of the dashboard, with the areas to filter by and how many groups matched.
	 */
	record Page(List<DashboardRow> rows, List<String> areas, int matching, int page, int pages) {

		public boolean hasPrevious() {
			return this.page > 1;
		}

		public boolean hasNext() {
			return this.page < this.pages;
		}

		/**
		 * The page numbers to link to: the first, the last, and two either side of this
		 * one; 0 for a gap.
		 */
		public List<Integer> pageItems() {
			List<Integer> items = new ArrayList<>();
			for (int p = 1; p <= this.pages; p++) {
				if (p == 1 || p == this.pages || Math.abs(p - this.page) <= 2) {
					items.add(p);
				}
				else if (items.get(items.size() - 1) != 0) {
					items.add(0);
				}
			}
			return items;
		}

	}

	private record Listed(DashboardQueries.GroupFacts facts, Groups.StatusToday status) {
	}

	private static final Comparator<Listed> NEWEST_FIRST = Comparator
		.comparing((Listed l) -> l.facts().lastMetOn(), Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
		.reversed()
		.thenComparing((l) -> l.facts().name(), String.CASE_INSENSITIVE_ORDER);

	private static final Comparator<Listed> OLDEST_FIRST = Comparator
		.comparing((Listed l) -> l.facts().lastMetOn(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
		.thenComparing((l) -> l.facts().name(), String.CASE_INSENSITIVE_ORDER);

	private final DashboardQueries queries;

	private final Groups groups;

	private final Clock clock;

	Dashboard(DashboardQueries queries, Groups groups, Clock clock) {
		this.queries = queries;
		this.groups = groups;
		this.clock = clock;
	}

	Page page(DashboardFilter filter) {
		List<DashboardQueries.GroupFacts> all = this.queries.groups();
		List<String> areas = all.stream()
			.map(DashboardQueries.GroupFacts::area)
			.filter((a) -> a != null && !a.isBlank())
			.distinct()
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
		List<Listed> matching = all.stream()
			.filter((g) -> filter.area() == null || filter.area().equals(g.area()))
			.map((g) -> new Listed(g,
					this.groups.statusOf(g.startedOn(), g.formedOn(), g.lastMetOn(), g.activeSince(), g.closedOn(),
							g.lastContactOn())))
			.filter((l) -> filter.shows(l.status().status()))
			.sorted(filter.oldestFirst() ? OLDEST_FIRST : NEWEST_FIRST)
			.toList();
		int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(filter.page(), pages);
		List<Listed> shown = matching.subList((page - 1) * PAGE_SIZE, Math.min(matching.size(), page * PAGE_SIZE));
		return new Page(rows(shown), areas, matching.size(), page, pages);
	}

	private List<DashboardRow> rows(List<Listed> shown) {
		List<Long> ids = shown.stream().map((l) -> l.facts().id()).toList();
		YearMonth thisMonth = YearMonth.now(this.clock);
		List<YearMonth> months = DashboardTrend.monthsTo(thisMonth);
		Map<Long, DashboardQueries.Counts> counts = this.queries.counts(ids);
		Map<Long, Map<YearMonth, Integer>> attendance = this.queries.attendanceByMonth(ids, months.get(0), thisMonth);
		return shown.stream().map((l) -> {
			DashboardQueries.GroupFacts g = l.facts();
			DashboardQueries.Counts c = counts.getOrDefault(g.id(), DashboardQueries.Counts.NONE);
			Map<YearMonth, Integer> byMonth = attendance.getOrDefault(g.id(), Map.of());
			DashboardTrend trend = new DashboardTrend(months,
					months.stream().map((m) -> byMonth.getOrDefault(m, 0)).toList());
			return new DashboardRow(g.id(), g.name(), g.area(), l.status().status(), l.status().since(), c.members(),
					c.coordinators(), g.lastMetOn(), trend, c.pendingRequests());
		}).toList();
	}

}
