package org.followon.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PmpRepository extends JpaRepository<Pmp, Long> {

	/** The PMPs a clinician or PTV facilitates, with their sessions, newest first. */
	@EntityGraph(attributePaths = "sessions")
	@Query("""
			select p from Pmp p
			where exists (select 1 from Pmp f join f.facilitators x where f = p and x.accountId = :accountId)
			order by p.firstSessionDate desc, p.id desc""")
	List<Pmp> findFacilitatedBy(long accountId);

	@EntityGraph(attributePaths = "sessions")
	@Query("select p from Pmp p order by p.firstSessionDate desc, p.id desc")
	List<Pmp> findAllWithSessions();

	/**
	 * One PMP with its sessions. Only the sessions are fetched here: fetching the facilitators in
	 * the same join would repeat every session once per facilitator (sessions is a bag), so they
	 * load lazily, within the service's transaction.
	 */
	@EntityGraph(attributePaths = "sessions")
	@Query("select p from Pmp p where p.id = :id")
	Optional<Pmp> findWithScheduleById(long id);

}
