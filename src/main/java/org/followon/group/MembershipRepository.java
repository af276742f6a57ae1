package org.followon.group;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

	List<Membership> findByGroupIdAndLeftOnIsNullOrderByKnownAs(long groupId);

	List<Membership> findByAccountIdAndLeftOnIsNull(long accountId);

	List<Membership> findByGroupIdInAndLeftOnIsNull(Collection<Long> groupIds);

	/**
	 * Nothing in the schema stops a second current membership, so this takes the first.
	 */
	Optional<Membership> findFirstByGroupIdAndAccountIdAndLeftOnIsNullOrderById(long groupId, long accountId);

	boolean existsByGroupIdAndAccountIdAndLeftOnIsNull(long groupId, long accountId);

	boolean existsByGroupIdAndAccountIdAndLeftOnIsNullAndRoleIn(long groupId, long accountId,
			Collection<MembershipRole> roles);

	/**
	 * Turns off the network-meeting consent of every current membership reached at this
	 * address (the one on the membership, or the account's, given as its id, null if
	 * none), counting it as a change so that a sharing form opened before it cannot
	 * quietly turn it back on.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			update membership m set network_invites = false, version = version + 1
			 where m.left_on is null and m.network_invites
			   and (lower(m.email) = lower(:email) or m.account_id = :accountId)""")
	int stopNetworkInvites(String email, Long accountId);

	/** Whether this person currently coordinates (or co-coordinates) the group. */
	default boolean coordinates(long groupId, long accountId) {
		return existsByGroupIdAndAccountIdAndLeftOnIsNullAndRoleIn(groupId, accountId,
				EnumSet.of(MembershipRole.COORDINATOR, MembershipRole.CO_COORDINATOR));
	}

}
