package org.followon.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.followon.account.SignedInUser;
import org.followon.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's list of members as its coordinators keep it: only they may see it, add
 * someone who will not use the app (name only), or record that someone has stopped
 * coming.
 */
@Service
@Transactional(readOnly = true)
class RosterService {

	private final MembershipRepository memberships;

	private final Groups groups;

	private final Clock clock;

	RosterService(MembershipRepository memberships, Groups groups, Clock clock) {
		this.memberships = memberships;
		this.groups = groups;
		this.clock = clock;
	}

	/**
	 * The group's current members, without its coordinators, if this person coordinates
	 * it.
	 */
	List<RosterLine> roster(long groupId, SignedInUser user) {
		return coordinated(groupId, user).stream()
			.filter((m) -> !m.getRole().organises())
			.map((m) -> new RosterLine(m.getId(), m.getKnownAs(), m.getAccountId() != null))
			.toList();
	}

	/** Adds someone by name only, from today. */
	@Transactional
	void add(long groupId, String knownAs, SignedInUser user) {
		coordinated(groupId, user);
		this.groups.addMember(groupId, knownAs);
	}

	/** Records that a member (never a coordinator) has stopped coming, from today. */
	@Transactional
	void lapse(long groupId, long membershipId, LeavingReason reason, SignedInUser user) {
		coordinated(groupId, user).stream()
			.filter((m) -> m.getId() == membershipId && !m.getRole().organises())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Member", membershipId))
			.lapse(LocalDate.now(this.clock), reason);
	}

	/** The group's current members, if this person coordinates it. */
	private List<Membership> coordinated(long groupId, SignedInUser user) {
		if (!this.memberships.coordinates(groupId, user.accountId())) {
			throw new AccessDeniedException("Not a coordinator of this group");
		}
		return this.memberships.findByGroupIdAndLeftOnIsNullOrderByKnownAs(groupId);
	}

	/** A member as the coordinators' list shows them. */
	record RosterLine(long id, String knownAs, boolean usesTheApp) {
	}

}
