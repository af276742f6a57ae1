package org.followon.concern;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConcernRepository extends JpaRepository<Concern, Long> {

	List<Concern> findByRaisedByOrderByRaisedAtDesc(long raisedBy);

	/** Open concerns, the most urgent first (those wanted today), then the oldest. */
	@Query("""
			select c from Concern c where c.closedAt is null
			order by case when c.urgency = Urgency.TODAY then 0 else 1 end, c.raisedAt""")
	List<Concern> findOpenForQueue();

	/** Closed concerns, the most recently closed first, a page at a time. */
	Slice<Concern> findByClosedAtIsNotNullOrderByClosedAtDescIdDesc(Pageable page);

}
