package org.followon.handover;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionHistoryRepository extends JpaRepository<DecisionHistory, Long> {

	List<DecisionHistory> findByParticipantIdOrderByRecordedAtDescIdDesc(long participantId);

}
