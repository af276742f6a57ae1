package org.followon.concern;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * Add and read only: there is no way to change or remove a line of history from the app.
 */
interface ConcernEventRepository extends Repository<ConcernEvent, Long> {

	ConcernEvent save(ConcernEvent event);

	List<ConcernEvent> findByConcernIdOrderByAtAscIdAsc(long concernId);

}
