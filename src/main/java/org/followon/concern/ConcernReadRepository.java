package org.followon.concern;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Add only: there is no way to change or remove a read record from the app. */
interface ConcernReadRepository extends Repository<ConcernRead, Long> {

	ConcernRead save(ConcernRead read);

	List<ConcernRead> findByConcernIdOrderByReadAtAscIdAsc(long concernId);

}
