package org.followon.groupimport;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GroupImportRepository extends JpaRepository<GroupImport, Long> {

	/** The last time the same files were imported, if they were. */
	Optional<GroupImport> findFirstByContentHashAndConfirmedAtIsNotNullOrderByConfirmedAtDesc(String contentHash);

	@Modifying
	@Query("delete from GroupImport i where i.confirmedAt is null and i.uploadedAt < ?1")
	int deleteUnconfirmedBefore(Instant before);

}
