package org.followon.networkmeeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NetworkMeetingInviteeRepository extends JpaRepository<NetworkMeetingInvitee, Long> {

	List<NetworkMeetingInvitee> findByNetworkMeetingIdOrderByKnownAsAscIdAsc(long networkMeetingId);

	Optional<NetworkMeetingInvitee> findByTokenHash(String tokenHash);

	/** Records how the email went, unless the link was replaced meanwhile. */
	@Modifying
	@Query("""
			update NetworkMeetingInvitee i set i.status = :status, i.sentAt = :sentAt, i.version = i.version + 1
			 where i.id = :id and i.tokenHash = :tokenHash""")
	int recordSending(long id, String tokenHash, NetworkMeetingInviteStatus status, Instant sentAt);

}
