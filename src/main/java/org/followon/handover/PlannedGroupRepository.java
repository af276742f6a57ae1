package org.followon.handover;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlannedGroupRepository extends JpaRepository<PlannedGroup, Long> {

	List<PlannedGroup> findByPmpIdOrderById(long pmpId);

}
