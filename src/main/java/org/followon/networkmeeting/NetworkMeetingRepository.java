package org.followon.networkmeeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkMeetingRepository extends JpaRepository<NetworkMeeting, Long> {

	List<NetworkMeeting> findByHeldOnGreaterThanEqualOrderByHeldOnAscStartsAtAsc(LocalDate from);

	List<NetworkMeeting> findByHeldOnLessThanOrderByHeldOnDescStartsAtDesc(LocalDate before);

}
