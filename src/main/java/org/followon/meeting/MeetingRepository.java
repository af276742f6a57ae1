package org.followon.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findByGroupIdOrderByMeetsOnAscStartsAtAsc(long groupId);

	/** The meetings of these groups between two days, for a calendar feed. */
	List<Meeting> findByGroupIdInAndMeetsOnBetweenOrderByMeetsOnAscStartsAtAsc(Collection<Long> groupIds,
			LocalDate from, LocalDate to);

	List<Meeting> findBySeriesIdAndMeetsOnGreaterThanEqualAndStatus(long seriesId, LocalDate from,
			MeetingStatus status);

	/** Meetings not cancelled before a day, newest first: for meeting logs. */
	List<Meeting> findByGroupIdInAndStatusAndMeetsOnBeforeOrderByMeetsOnDescStartsAtDesc(Collection<Long> groupIds,
			MeetingStatus status, LocalDate before);

	List<Meeting> findByStatusAndMeetsOnBetweenOrderByMeetsOnAscStartsAtAsc(MeetingStatus status, LocalDate from,
			LocalDate to);

	/**
	 * Each group's next scheduled meeting on or after this day: one row per group, in one
	 * query.
	 */
	@Query(nativeQuery = true, value = """
			select distinct on (group_id) group_id as groupId, meets_on as meetsOn, starts_at as startsAt
			from meeting
			where group_id in (:groupIds) and status = 'SCHEDULED' and meets_on >= :from
			order by group_id, meets_on, starts_at""")
	List<Next> nextOf(Collection<Long> groupIds, LocalDate from);

	interface Next {

		Long getGroupId();

		LocalDate getMeetsOn();

		LocalTime getStartsAt();

	}

}
