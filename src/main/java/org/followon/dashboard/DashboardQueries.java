package org.followon.dashboard;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's reads, set-based over the views the group module publishes
 * ({@code group_facts}, {@code membership_facts}, {@code held_meeting_facts}) and the
 * joinrequest module's {@code join_request_facts} (docs/architecture.md): every group's
 * status facts in one query, then the counts and the monthly attendance of one page of
 * groups in one query each, however many groups the page shows.
 */
@Component
class DashboardQueries {

	/**
	 * What the dashboard lists, filters and sorts every group by, and derives its status
	 * from.
	 */
	record GroupFacts(long id, String name, String area, LocalDate startedOn, LocalDate formedOn, LocalDate lastMetOn,
			LocalDate activeSince, LocalDate closedOn, LocalDate lastContactOn) {
	}

	/**
	 * Current members, the names of the coordinators among them, and join requests
	 * waiting for an answer.
	 */
	record Counts(int members, List<String> coordinators, int pendingRequests) {

		static final Counts NONE = new Counts(0, List.of(), 0);

	}

	private final JdbcClient jdbc;

	DashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<GroupFacts> groups() {
		return this.jdbc.sql("""
				select id, name, area, started_on, formed_on, last_met_on, active_since, closed_on, last_contact_on
				  from group_facts""")
			.query((rs, n) -> new GroupFacts(rs.getLong("id"), rs.getString("name"), rs.getString("area"),
					rs.getObject("started_on", LocalDate.class), rs.getObject("formed_on", LocalDate.class),
					rs.getObject("last_met_on", LocalDate.class), rs.getObject("active_since", LocalDate.class),
					rs.getObject("closed_on", LocalDate.class), rs.getObject("last_contact_on", LocalDate.class)))
			.list();
	}

	Map<Long, Counts> counts(Collection<Long> groupIds) {
		Map<Long, Counts> counts = new HashMap<>();
		if (groupIds.isEmpty()) {
			return counts;
		}
		this.jdbc
			.sql("""
					with members as (
					    select group_id, count(*) as members,
					           array_agg(known_as order by role = 'CO_COORDINATOR', known_as) filter (where role <> 'MEMBER') as coordinators
					      from membership_facts
					     where group_id in (:ids) and left_on is null
					     group by group_id),
					requests as (
					    select group_id, count(*) as pending
					      from join_request_facts
					     where group_id in (:ids) and status = 'PENDING'
					     group by group_id)
					select coalesce(m.group_id, r.group_id) as group_id, coalesce(m.members, 0) as members,
					       m.coordinators, coalesce(r.pending, 0) as pending
					  from members m full join requests r on r.group_id = m.group_id""")
			.param("ids", groupIds)
			.query((rs, n) -> counts.put(rs.getLong("group_id"),
					new Counts(rs.getInt("members"), names(rs.getArray("coordinators")), rs.getInt("pending"))))
			.list();
		return counts;
	}

	private static List<String> names(Array names) throws SQLException {
		return names == null ? List.of() : List.of((String[]) names.getArray());
	}

	/** Everyone present at each group's held meetings, by month, in these months. */
	Map<Long, Map<YearMonth, Integer>> attendanceByMonth(Collection<Long> groupIds, YearMonth from, YearMonth to) {
		Map<Long, Map<YearMonth, Integer>> byGroup = new HashMap<>();
		if (groupIds.isEmpty()) {
			return byGroup;
		}
		this.jdbc.sql("""
				select group_id, date_trunc('month', held_on)::date as month, sum(attended) as attended
				  from held_meeting_facts
				 where group_id in (:ids) and held_on between :from and :to
				 group by group_id, date_trunc('month', held_on)""")
			.param("ids", groupIds)
			.param("from", from.atDay(1))
			.param("to", to.atEndOfMonth())
			.query((rs, n) -> byGroup.computeIfAbsent(rs.getLong("group_id"), (id) -> new HashMap<>())
				.put(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getInt("attended")))
			.list();
		return byGroup;
	}

}
