package org.followon.handover;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlannedReferralRepository extends JpaRepository<PlannedReferral, Long> {

	List<PlannedReferral> findByPmpIdOrderById(long pmpId);

	Optional<PlannedReferral> findByParticipantId(long participantId);

}
