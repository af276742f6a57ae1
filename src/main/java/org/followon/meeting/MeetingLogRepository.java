package org.followon.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingLogRepository extends JpaRepository<MeetingLog, Long> {

	Optional<MeetingLog> findByMeetingId(long meetingId);

	@org.springframework.data.jpa.repository.Query("select l.meetingId from MeetingLog l where l.meetingId in :meetingIds")
	java.util.Set<Long> loggedAmong(java.util.Collection<Long> meetingIds);

	/** The group's logs with who came, in one query. */
	@Query("select distinct l from MeetingLog l left join fetch l.attendance where l.groupId = :groupId")
	List<MeetingLog> findWithAttendanceByGroupId(long groupId);

	/**
	 * The group's meetings whose day has passed, not cancelled, that nobody has logged:
	 * newest first.
	 */
	@Query("""
			select m from Meeting m where m.groupId = :groupId and m.status = org.followon.meeting.MeetingStatus.SCHEDULED and m.meetsOn < :today
			and not exists (select 1 from MeetingLog l where l.meetingId = m.id)
			order by m.meetsOn desc, m.startsAt desc""")
	List<Meeting> toLog(long groupId, LocalDate today);

	/**
	 * How many meetings each group has to log, for the groups that have any: one row per
	 * group.
	 */
	@Query("""
			select m.groupId as groupId, count(m) as count from Meeting m
			where m.groupId in :groupIds and m.status = org.followon.meeting.MeetingStatus.SCHEDULED and m.meetsOn < :today
			and not exists (select 1 from MeetingLog l where l.meetingId = m.id)
			group by m.groupId""")
	List<ToLogCount> toLogCounts(Collection<Long> groupIds, LocalDate today);

	interface ToLogCount {

		Long getGroupId();

		Long getCount();

	}

}
