package org.followon.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingAnswerRepository extends JpaRepository<MeetingAnswer, Long> {

	Optional<MeetingAnswer> findByMembershipIdAndMeetingId(long membershipId, long meetingId);

	Optional<MeetingAnswer> findByMembershipIdAndSeriesId(long membershipId, long seriesId);

	/** Everyone's answers to this meeting and to its series (if any), in one query. */
	@Query("select a from MeetingAnswer a where a.meetingId = :meetingId or a.seriesId = :seriesId")
	List<MeetingAnswer> forMeeting(long meetingId, Long seriesId);

	/**
	 * Everyone's answers to these meetings and series, in one query (an empty list of
	 * series is fine).
	 */
	@Query("select a from MeetingAnswer a where a.meetingId in :meetingIds or a.seriesId in :seriesIds")
	List<MeetingAnswer> forMeetings(Collection<Long> meetingIds, Collection<Long> seriesIds);

	/** One member's answers to these meetings and series, for a list of meetings. */
	@Query("""
			select a from MeetingAnswer a where a.membershipId = :membershipId
			and (a.meetingId in :meetingIds or a.seriesId in :seriesIds)""")
	List<MeetingAnswer> ofMember(long membershipId, Collection<Long> meetingIds, Collection<Long> seriesIds);

}
