package org.followon.joinrequest;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

	List<JoinRequest> findByGroupIdAndStatusOrderByCreatedAt(long groupId, JoinRequest.Status status);

	List<JoinRequest> findByAccountIdOrderByCreatedAtDesc(long accountId);

	boolean existsByGroupIdAndAccountIdAndStatus(long groupId, long accountId, JoinRequest.Status status);

	/** How many requests wait for an answer in each of these groups, in one query. */
	@Query("""
			select r.groupId as groupId, count(r) as waiting from JoinRequest r
			where r.groupId in :groupIds and r.status = 'PENDING'
			group by r.groupId""")
	List<WaitingCount> countWaiting(Collection<Long> groupIds);

	interface WaitingCount {

		Long getGroupId();

		Long getWaiting();

	}

}
