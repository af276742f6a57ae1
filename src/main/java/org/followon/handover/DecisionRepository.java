package org.followon.handover;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

	List<Decision> findByPmpId(long pmpId);

	Optional<Decision> findByParticipantId(long participantId);

}
