package org.followon.meetinglog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingLogRepository extends JpaRepository<MeetingLog, Long> {

	Optional<MeetingLog> findByMeetingId(long meetingId);

	@Query("select l.meetingId from MeetingLog l where l.meetingId in :meetingIds")
	Set<Long> loggedAmong(Collection<Long> meetingIds);

	/** The group's logs with who came, in one query. */
	@Query("select distinct l from MeetingLog l left join fetch l.attendance where l.groupId = :groupId")
	List<MeetingLog> findWithAttendanceByGroupId(long groupId);

}
