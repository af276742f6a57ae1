package org.followon.handover;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverRepository extends JpaRepository<Handover, Long> {

	Optional<Handover> findByPmpId(long pmpId);

}
