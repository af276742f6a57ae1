package org.followon.network;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The summary's SQL: a handful of set-based aggregate queries over the other modules' tables
 * (read-only, as docs/decisions.md allows the network module), each answering one section, never
 * one query per group or per PMP. Definitions in docs/summary.md.
 */
@Repository
class SummaryQueries {

	/**
	 * Each PMP's end: its last session that was not cancelled (the first session's date if all
	 * were), for the PMPs meeting a condition.
	 */
	private static final String PMP_END = """
			pmp_end as (
			  select p.id, coalesce(max(s.scheduled_on) filter (where not s.cancelled), p.first_session_date) as ended_on
			    from pmp p left join pmp_session s on s.pmp_id = p.id
			   where %s group by p.id)
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

	/** A clinician's scope: the PMPs they facilitate as a clinician, and the groups formed from them. */
	SummaryScope clinicianScope(long accountId) {
		List<Long> pmps = this.jdbc
			.sql("select pmp_id from pmp_facilitator where account_id = :account and kind = 'CLINICIAN' order by 1")
			.param("account", accountId)
			.query(Long.class)
			.list();
		List<Long> groups = this.jdbc.sql("""
				select g.id from follow_on_group g join pmp_facilitator f on f.pmp_id = g.pmp_id
				 where f.account_id = :account and f.kind = 'CLINICIAN' order by 1""")
			.param("account", accountId)
			.query(Long.class)
			.list();
		return SummaryScope.of(pmps, groups);
	}

	/** The first day with anything to summarise: a PMP's first session or a group's start. */
	LocalDate earliest(SummaryScope scope) {
		return this.jdbc.sql("""
				select least((select min(p.first_session_date) from pmp p where %s),
				             (select min(g.started_on) from follow_on_group g where %s))"""
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
				           and exists (select 1 from follow_on_group g where g.pmp_id = e.id and g.formed_on is not null))
				           as pmps_leading_to_formed_group,
				       (select count(*) from handover h where %s
				           and (h.handed_over_at at time zone 'Europe/London')::date between :from and :to)
				           as handovers_completed,
				       (select count(*) from follow_on_group g where %s and g.formed_on between :from and :to)
				           as groups_formed
				""".formatted(pmpsEnded(scope), scope.pmps("h.pmp_id"), scope.groups("g.id")), scope, period)
			.query(ReachRow.class)
			.single();
	}

	record CountRow(String key, String detail, long count) {
	}

	/** Decisions of participants whose PMP finished in the period, by choice and reason. */
	List<CountRow> decisions(SummaryScope scope, SummaryPeriod period) {
		return sql("""
				with %s
				select d.choice as key, d.reason as detail, count(*) as count
				  from decision d join pmp_end e on e.id = d.pmp_id
				 where e.ended_on between :from and :to
				 group by d.choice, d.reason order by d.choice, count(*) desc, d.reason
				""".formatted(pmpsEnded(scope)), scope, period).query(CountRow.class).list();
	}

	/** Each group in scope that had started by the period's end, with its facts as they stood then. */
	record GroupRow(long id, LocalDate startedOn, LocalDate formedOn, LocalDate lastMetOn, LocalDate lastContactOn,
			LocalDate closedOn, LocalDate pmpEndedOn, String channels, String venueType) {

		/** The later of the last meeting and the last other contact, by the period's end. */
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
				       (select max(h.held_on) from held_meeting h where h.group_id = g.id and h.held_on <= :to)
				           as last_met_on,
				       case when g.last_contact_on <= :to then g.last_contact_on end as last_contact_on,
				       case when g.closed_on <= :to then g.closed_on end as closed_on,
				       coalesce(e.ended_on, g.pmp_ended_on) as pmp_ended_on,
				       g.channels, g.venue_type
				  from follow_on_group g left join pmp_end e on e.id = g.pmp_id
				 where %s and g.started_on <= :to
				""".formatted(allPmpsEnded(), scope.groups("g.id")), scope, period)
			.query(GroupRow.class)
			.list();
	}

	record MeetingRow(long meetingsHeld, Double attendanceMean, long membersAttended) {
	}

	/**
	 * Meetings held in the period, their mean head count, and the people ticked at any of them (a
	 * person from a PMP once, whichever groups they were in).
	 */
	MeetingRow meetings(SummaryScope scope, SummaryPeriod period) {
		return sql("""
				select (select count(*) from held_meeting h where %s and h.held_on between :from and :to)
				           as meetings_held,
				       (select avg(h.attended) from held_meeting h where %s and h.held_on between :from and :to)
				           as attendance_mean,
				       (select count(distinct coalesce('p' || ms.participant_id, 'm' || ms.id))
				          from meeting m join meeting_log l on l.meeting_id = m.id and l.held
				          join meeting_attendance a on a.meeting_log_id = l.id
				          join membership ms on ms.id = a.membership_id
				         where %s and m.meets_on between :from and :to) as members_attended
				""".formatted(scope.groups("h.group_id"), scope.groups("h.group_id"), scope.groups("m.group_id")),
				scope, period)
			.query(MeetingRow.class)
			.single();
	}

	record RetentionRow(long eligible6, long attending6, long eligible12, long attending12) {
	}

	/**
	 * People from a PMP that ended at least 6 (12) months before the period's end who had joined a
	 * group by then, and those of them ticked at a meeting held 6 (12) or more months after it ended,
	 * by the period's end (a person once, whichever groups they were in).
	 */
	RetentionRow retention(SummaryScope scope, SummaryPeriod period) {
		return sql("""
				with %s,
				member as (
				  select ms.id, ms.participant_id, e.ended_on as pmp_ended_on
				    from membership ms join participant pa on pa.id = ms.participant_id
				    join pmp_end e on e.id = pa.pmp_id
				   where %s and ms.joined_on <= :to),
				person as (select distinct participant_id, pmp_ended_on from member),
				last_attended as (
				  select mb.participant_id, max(m.meets_on) as last_on
				    from member mb join meeting_attendance a on a.membership_id = mb.id
				    join meeting_log l on l.id = a.meeting_log_id and l.held
				    join meeting m on m.id = l.meeting_id
				   where m.meets_on <= :to
				   group by mb.participant_id)
				select count(*) filter (where p.pmp_ended_on <= :to - interval '6 months') as eligible6,
				       count(*) filter (where p.pmp_ended_on <= :to - interval '6 months'
				                          and la.last_on >= p.pmp_ended_on + interval '6 months') as attending6,
				       count(*) filter (where p.pmp_ended_on <= :to - interval '12 months') as eligible12,
				       count(*) filter (where p.pmp_ended_on <= :to - interval '12 months'
				                          and la.last_on >= p.pmp_ended_on + interval '12 months') as attending12
				  from person p left join last_attended la on la.participant_id = p.participant_id
				""".formatted(allPmpsEnded(), scope.groups("ms.group_id")), scope, period)
			.query(RetentionRow.class)
			.single();
	}

	/** Members who left a group in the period, by the reason they gave. */
	List<CountRow> leavingReasons(SummaryScope scope, SummaryPeriod period) {
		return sql("""
				select ms.left_reason as key, null as detail, count(*) as count from membership ms
				 where %s and ms.left_on between :from and :to
				 group by ms.left_reason order by count(*) desc, ms.left_reason
				""".formatted(scope.groups("ms.group_id")), scope, period).query(CountRow.class).list();
	}

	/** Logged meetings that went ahead in the period, by the exact set of topics logged. */
	List<CountRow> topics(SummaryScope scope, SummaryPeriod period) {
		return sql("""
				select l.topics as key, null as detail, count(*) as count
				  from meeting m join meeting_log l on l.meeting_id = m.id and l.held
				 where %s and m.meets_on between :from and :to
				 group by l.topics
				""".formatted(scope.groups("m.group_id")), scope, period).query(CountRow.class).list();
	}

	/**
	 * Gender and age band: of the participants of PMPs finished in the period (key "participants"),
	 * and of the people from a PMP who were members of a group at some time in the period ("members").
	 */
	List<FairnessRow> fairness(SummaryScope scope, SummaryPeriod period) {
		return sql("""
				with %s
				select 'participants' as who, pa.gender, pa.age_band, count(*) as count
				  from participant pa join pmp_end e on e.id = pa.pmp_id
				 where e.ended_on between :from and :to and pa.withdrawn_on is null
				 group by pa.gender, pa.age_band
				union all
				select 'members', pa.gender, pa.age_band, count(distinct pa.id)
				  from membership ms join participant pa on pa.id = ms.participant_id
				 where %s and ms.joined_on <= :to and (ms.left_on is null or ms.left_on >= :from)
				 group by pa.gender, pa.age_band
				""".formatted(pmpsEnded(scope), scope.groups("ms.group_id")), scope, period)
			.query(FairnessRow.class)
			.list();
	}

	record FairnessRow(String who, String gender, String ageBand, long count) {
	}

}
