package org.followon.group;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, Long> {

	List<Membership> findByGroupIdAndLeftOnIsNullOrderByKnownAs(long groupId);

	List<Membership> findByAccountIdAndLeftOnIsNull(long accountId);

	boolean existsByGroupIdAndAccountIdAndLeftOnIsNull(long groupId, long accountId);

}
