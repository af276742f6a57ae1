package org.followon.group;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, Long> {

	List<Membership> findByGroupIdAndLeftOnIsNullOrderByKnownAs(long groupId);

	List<Membership> findByAccountIdAndLeftOnIsNull(long accountId);

	List<Membership> findByGroupIdInAndLeftOnIsNull(java.util.Collection<Long> groupIds);

	/** Nothing in the schema stops a second current membership, so this takes the first. */
	java.util.Optional<Membership> findFirstByGroupIdAndAccountIdAndLeftOnIsNullOrderById(long groupId, long accountId);

	boolean existsByGroupIdAndAccountIdAndLeftOnIsNull(long groupId, long accountId);

	boolean existsByGroupIdAndAccountIdAndLeftOnIsNullAndRoleIn(long groupId, long accountId,
			java.util.Collection<MembershipRole> roles);

	/** Whether this person currently coordinates (or co-coordinates) the group. */
	default boolean coordinates(long groupId, long accountId) {
		return existsByGroupIdAndAccountIdAndLeftOnIsNullAndRoleIn(groupId, accountId,
				java.util.EnumSet.of(MembershipRole.COORDINATOR, MembershipRole.CO_COORDINATOR));
	}

}
