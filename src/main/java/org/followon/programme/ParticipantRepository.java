package org.followon.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

	List<Participant> findByPmpIdOrderByNameAscIdAsc(long pmpId);

	Optional<Participant> findByIdAndPmpId(long id, long pmpId);

}
