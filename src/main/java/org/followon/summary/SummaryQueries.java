package org.followon.summary;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The summary's SQL: a handful of set-based aggregate queries over the views the other
 * modules publish (docs/architecture.md, "Published views"), each answering one section,
 * never one query per group or per PMP. Definitions in docs/summary.md.
 */
@Repository
class SummaryQueries {

	/**
	 * Each PMP's end: its last session that was not cancelled (the first session's date
	 * if all were), for the PMPs meeting a condition. Grouped by the first session's date
	 * too: PostgreSQL cannot see through a view that {@code id} is the key.
	 */
	private static final String PMP_END = """
			pmp_end as (
			  select p.id, coalesce(max(s.scheduled_on) filter (where not s.cancelled), p.first_session_date) as ended_on
			    from pmp_facts p left join pmp_session_facts s on s.pmp_id = p.id
			   where %s group by p.id, p.first_session_date)
			""";

	private final JdbcClient jdbc;

	SummaryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static String pmpsEnded(SummaryScope scope) {
		return PMP_END.formatted(scope.pmps("p.id"));
	}

	/** Every PMP's end, whatever the scope: a group's or a member's PMP. */
	private static String allPmpsEnded() {
		return PMP_END.formatted("true");
	}

	private JdbcClient.StatementSpec sql(String sql, SummaryScope scope, SummaryPeriod period) {
		return this.jdbc.sql(sql)
			.param("from", period.from())
			.param("to", period.to())
			.param("pmpIds", scope.pmpIdArray())
			.param("groupIds", scope.groupIdArray());
	}

	/**
	 * A clinician's scope: the PMPs they facilitate as a clinician, and the groups formed
	 * from them.
	 */
	SummaryScope clinicianScope(long accountId) {
		List<Long> pmps = this.jdbc.sql(
				"select pmp_id from pmp_facilitator_facts where account_id = :account and kind = 'CLINICIAN' order by 1")
			.param("account", accountId)
			.query(Long.class)
			.list();
		List<Long> groups = this.jdbc.sql("""
				select g.id from group_facts g join pmp_facilitator_facts f on f.pmp_id = g.pmp_id
				 where f.account_id = :account and f.kind = 'CLINICIAN' order by 1""")
			.param("account", accountId)
			.query(Long.class)
			.list();
		return SummaryScope.of(pmps, groups);
	}

	/**
	 * The first day with anything to summarise: a PMP's first session or a group's start.
	 */
	LocalDate earliest(SummaryScope scope) {
		return this.jdbc
			.sql("""
					select least((select min(p.first_session_date) from pmp_facts p where %s),
					             (select min(g.started_on) from group_facts g where %s))"""
				.formatted(scope.pmps("p.id"), scope.groups("g.id")))
			.param("pmpIds", scope.pmpIdArray())
			.param("groupIds", scope.groupIdArray())
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	record ReachRow(long pmpsFinished, long pmpsLeadingToFormedGroup, long handoversCompleted, long groupsFormed) {
	}

	ReachRow reach(SummaryScope scope, SummaryPeriod period) {
		return sql("""
				with %s
				select (select count(*) from pmp_end e where e.ended_on between :from and :to) as pmps_finished,
				       (select count(*) from pmp_end e where e.ended_on between :from and :to
				           and exists (select 1 from group_facts g where g.pmp_id = e.id and g.formed_on is not null))
				           as pmps_leading_to_formed_group,
				       (select count(*) from handover_facts h where %s
				           and (h.handed_over_at at time zone 'Europe/London')::date between :from and :to)
				           as handovers_completed,
				       (select count(*) from group_facts g where %s and g.formed_on between :from and :to)
				           as groups_formed
				""".formatted(pmpsEnded(scope), scope.pmps("h.pmp_id"), scope.groups("g.id")), scope, period)
			.query(ReachRow.class)
			.single();
	}

	record CountRow(String key, String detail, long count) {
	}

	/**
	 * Decisions of participants whose PMP finished in the period, by choice and reason.
	 */
	List<CountRow> decisions(SummaryScope scope, SummaryPeriod period) {
		return sql("""
				with %s
				select d.choice as key, d.reason as detail, count(*) as count
				  from decision_facts d join pmp_end e on e.id = d.pmp_id
				 where e.ended_on between :from and :to
				 group by d.choice, d.reason order by d.choice, count(*) desc, d.reason
				""".formatted(pmpsEnded(scope)), scope, period).query(CountRow.class).list();
	}

	/**
	 * Each group in scope that had started by the period's end, with its facts as they
	 * stood then.
	 */
	record GroupRow(long id, LocalDate startedOn, LocalDate formedOn, LocalDate lastMetOn, LocalDate lastContactOn,
			LocalDate closedOn, LocalDate pmpEndedOn, String channels, String venueType) {

		/**
		 * The later of the last meeting and the last other contact, by the period's end.
		 */
		LocalDate lastContact() {
			if (this.lastMetOn == null) {
				return this.lastContactOn;
			}
			return this.lastContactOn == null || this.lastMetOn.isAfter(this.lastContactOn) ? this.lastMetOn
					: this.lastContactOn;
		}

	}

	List<GroupRow> groups(SummaryScope scope, SummaryPeriod period) {
		return sql("""
				with %s
				select g.id, g.started_on,
				       case when g.formed_on <= :to then g.formed_on end as formed_on,
				       (select max(h.held_on) from held_meeting_facts h where h.group_id = g.id and h.held_on <= :to)
				           as last_met_on,
				       case when g.last_contact_on <= :to then g.last_contact_on end as last_contact_on,
				       case when g.closed_on <= :to then g.closed_on end as closed_on,
				       coalesce(e.ended_on, g.pmp_ended_on) as pmp_ended_on,
				       g.channels, g.venue_type
				  from group_facts g left join pmp_end e on e.id = g.pmp_id
				 where %s and g.started_on <= :to
				""".formatted(allPmpsEnded(), scope.groups("g.id")), scope, period)
			// Mapped by hand: the generic record mapper costs more than the query itself
			// on a thousand rows.
			.query((rs, n) -> new GroupRow(rs.getLong("id"), rs.getObject("started_on", LocalDate.class),
					rs.getObject("formed_on", LocalDate.class), rs.getObject("last_met_on", LocalDate.class),
					rs.getObject("last_contact_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
					rs.getObject("pmp_ended_on", LocalDate.class), rs.getString("channels"),
					rs.getString("venue_type")))
			.list();
	}

	record MeetingRow(long meetingsHeld, Double attendanceMean, long membersAttended) {
	}

	/**
	 * Meetings held in the period, their mean head count, and the people ticked at any of
	 * them (a person from a PMP once, whichever groups they were in). The people are
	 * found membership by membership through the group's meetings in the period, stopping
	 * at the first they were ticked at, rather than by joining every attendance record
	 * (800 ms to 90 ms over ten years of the synthetic network).
	 */
	MeetingRow meetings(SummaryScope scope, SummaryPeriod period) {
		return sql("""
				select (select count(*) from held_meeting_facts h where %s and h.held_on between :from and :to)
				           as meetings_held,
				       (select avg(h.attended) from held_meeting_facts h where %s and h.held_on between :from and :to)
				           as attendance_mean,
				       (select count(distinct ms.participant_id) + count(*) filter (where ms.participant_id is null)
				          from membership_facts ms
				         where %s and exists (
				               select 1 from meeting_facts m
				                 join meeting_attendance_facts a on a.meeting_id = m.id and a.membership_id = ms.id
				                where m.group_id = ms.group_id and m.meets_on between :from and :to))
				           as members_attended
				""".formatted(scope.groups("h.group_id"), scope.groups("h.group_id"), scope.groups("ms.group_id")),
				scope, period)
			.query(MeetingRow.class)
			.single();
	}

	record RetentionRow(long eligible6, long attending6, long eligible12, long attending12) {
	}

	/**
	 * People from a PMP that ended at least 6 (12) months before the period's end who had
	 * joined a group by then, and those of them ticked at a meeting held 6 (12) or more
	 * months after it ended, by the period's end (a person once, whichever groups they
	 * were in). Each check stops at the first such meeting, found through the group's
	 * meetings in date order, so it never reads every attendance record.
	 */
	RetentionRow retention(SummaryScope scope, SummaryPeriod period) {
		return sql("""
				with %s,
				member as (
				  select ms.participant_id, e.ended_on,
				         %s as at6,
				         %s as at12
				    from membership_facts ms join participant_facts pa on pa.id = ms.participant_id
				    join pmp_end e on e.id = pa.pmp_id
				   where %s and ms.joined_on <= :to and e.ended_on <= :to - interval '6 months'),
				person as (
				  select participant_id, ended_on, bool_or(at6) as at6, bool_or(at12) as at12
				    from member group by participant_id, ended_on)
				select count(*) as eligible6,
				       count(*) filter (where at6) as attending6,
				       count(*) filter (where ended_on <= :to - interval '12 months') as eligible12,
				       count(*) filter (where at12 and ended_on <= :to - interval '12 months') as attending12
				  from person
				""".formatted(allPmpsEnded(), ticked("6 months"), ticked("12 months"), scope.groups("ms.group_id")),
				scope, period)
			.query(RetentionRow.class)
			.single();
	}

	/**
	 * Whether a membership was ticked at a meeting held this long after its PMP ended, by
	 * the period's end.
	 */
	private static String ticked(String after) {
		return """
				exists (select 1 from meeting_facts m
				          join meeting_attendance_facts a on a.meeting_id = m.id and a.membership_id = ms.id
				         where m.group_id = ms.group_id
				           and m.meets_on between e.ended_on + interval '%s' and least(:to, ms.left_on))"""
			.formatted(after);
	}

	/** Members who left a group in the period, by the reason they gave. */
	List<CountRow> leavingReasons(SummaryScope scope, SummaryPeriod period) {
		return sql("""
				select ms.left_reason as key, null as detail, count(*) as count from membership_facts ms
				 where %s and ms.left_on between :from and :to
				 group by ms.left_reason order by count(*) desc, ms.left_reason
				""".formatted(scope.groups("ms.group_id")), scope, period).query(CountRow.class).list();
	}

	/**
	 * Logged meetings that went ahead in the period, by the exact set of topics logged.
	 */
	List<CountRow> topics(SummaryScope scope, SummaryPeriod period) {
		return sql("""
				select l.topics as key, null as detail, count(*) as count
				  from meeting_facts m join meeting_log_facts l on l.meeting_id = m.id and l.held
				 where %s and m.meets_on between :from and :to
				 group by l.topics
				""".formatted(scope.groups("m.group_id")), scope, period).query(CountRow.class).list();
	}

	/**
	 * Gender and age band: of the participants of PMPs finished in the period (key
	 * "participants"), and of the people from a PMP who were members of a group at some
	 * time in the period ("members").
	 */
	List<FairnessRow> fairness(SummaryScope scope, SummaryPeriod period) {
		return sql("""
				with %s
				select 'participants' as who, pa.gender, pa.age_band, count(*) as count
				  from participant_facts pa join pmp_end e on e.id = pa.pmp_id
				 where e.ended_on between :from and :to and pa.withdrawn_on is null
				 group by pa.gender, pa.age_band
				union all
				select 'members', pa.gender, pa.age_band, count(distinct pa.id)
				  from membership_facts ms join participant_facts pa on pa.id = ms.participant_id
				 where %s and ms.joined_on <= :to and (ms.left_on is null or ms.left_on >= :from)
				 group by pa.gender, pa.age_band
				""".formatted(pmpsEnded(scope), scope.groups("ms.group_id")), scope, period).query(FairnessRow.class)
			.list();
	}

	record FairnessRow(String who, String gender, String ageBand, long count) {
	}

}
