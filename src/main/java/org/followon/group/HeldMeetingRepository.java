package org.followon.group;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HeldMeetingRepository extends JpaRepository<HeldMeeting, Long> {

	Optional<HeldMeeting> findBySourceKey(String sourceKey);

	List<HeldMeeting> findByGroupIdOrderByHeldOn(long groupId);

}
