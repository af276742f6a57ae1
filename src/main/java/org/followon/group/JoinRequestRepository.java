package org.followon.group;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JoinRequestRepository extends JpaRepository<JoinRequest, Long> {

	List<JoinRequest> findByGroupIdAndStatusOrderByCreatedAt(long groupId, JoinRequest.Status status);

	List<JoinRequest> findByAccountIdOrderByCreatedAtDesc(long accountId);

	List<JoinRequest> findByGroupIdInAndStatus(java.util.Collection<Long> groupIds, JoinRequest.Status status);

	boolean existsByGroupIdAndAccountIdAndStatus(long groupId, long accountId, JoinRequest.Status status);

}
