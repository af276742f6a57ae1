package org.followon.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	Optional<Invitation> findByJoinCode(String joinCode);

	/**
	 * Locked, so that two people submitting the same invitation at once cannot both use
	 * it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Invitation> findForUpdateByTokenHash(String tokenHash);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Invitation> findForUpdateByJoinCode(String joinCode);

	boolean existsByJoinCode(String joinCode);

	List<Invitation> findByPmpIdOrderByKnownAsAscIdAsc(long pmpId);

	/** Those the group's coordinators made (no PMP) that nobody has used yet. */
	List<Invitation> findByGroupIdAndPmpIdIsNullAndUsedAtIsNullOrderByKnownAsAscIdAsc(long groupId);

	/**
	 * Only if the invitation still has this link: a newer one may have replaced it
	 * meanwhile.
	 */
	@Modifying
	@Query("update Invitation i set i.sentAt = :now, i.version = i.version + 1 where i.id = :id and i.tokenHash = :tokenHash")
	int markSent(long id, String tokenHash, Instant now);

}
