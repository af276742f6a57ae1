package org.followon.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

	Optional<PasswordReset> findByTokenHash(String tokenHash);

	/** Uses the link up; 0 if another request used it first. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update PasswordReset r set r.usedAt = :now where r.id = :id and r.usedAt is null")
	int use(long id, Instant now);

	/**
	 * Uses up the account's other open links, so an older email cannot change the new
	 * password.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update PasswordReset r set r.usedAt = :now where r.accountId = :accountId and r.usedAt is null")
	int useAllFor(long accountId, Instant now);

}
