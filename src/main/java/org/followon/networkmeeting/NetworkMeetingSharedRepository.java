package org.followon.networkmeeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkMeetingSharedRepository extends JpaRepository<NetworkMeetingShared, Long> {

	List<NetworkMeetingShared> findByNetworkMeetingIdOrderById(long networkMeetingId);

}
