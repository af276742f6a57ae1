package org.followon.group;

import java.util.List;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.SignedInUser;
import org.followon.programme.Programmes;
import org.followon.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group page and handover pack, with the record-level rule: only the group's current
 * members, its supporting PTV, the facilitators of the PMP it came from, and staff may see it.
 */
@Service
@Transactional(readOnly = true)
class GroupService {

	private final GroupRepository groups;

	private final MembershipRepository memberships;

	private final ReferralRepository referrals;

	private final Programmes programmes;

	private final Accounts accounts;

	GroupService(GroupRepository groups, MembershipRepository memberships, ReferralRepository referrals,
			Programmes programmes, Accounts accounts) {
		this.groups = groups;
		this.memberships = memberships;
		this.referrals = referrals;
		this.programmes = programmes;
		this.accounts = accounts;
	}

	GroupPage page(long groupId, SignedInUser user) {
		FollowOnGroup group = this.groups.findById(groupId).orElseThrow(() -> new NotFoundException("Group", groupId));
		List<Membership> current = this.memberships.findByGroupIdAndLeftOnIsNullOrderByKnownAs(groupId);
		Membership mine = current.stream()
			.filter(m -> m.getAccountId() != null && m.getAccountId() == user.accountId())
			.findFirst()
			.orElse(null);
		boolean supportingPtv = group.getSupportingPtvId() != null && group.getSupportingPtvId() == user.accountId();
		boolean facilitator = group.getPmpId() != null && this.programmes.facilitates(group.getPmpId(), user.accountId());
		boolean staff = user.has(Role.STAFF);
		if (mine == null && !supportingPtv && !facilitator && !staff) {
			throw new AccessDeniedException("Not a member of this group");
		}
		boolean organiser = (mine != null && mine.getRole().organises()) || facilitator || staff || supportingPtv;
		String ptvName = group.getSupportingPtvId() == null ? null
				: this.accounts.byIds(List.of(group.getSupportingPtvId()))
					.values()
					.stream()
					.map(AccountSummary::displayName)
					.findFirst()
					.orElse(null);
		return new GroupPage(group.summary(), current.stream().map(Membership::contactLine).toList(), ptvName,
				organiser ? this.referrals.findByGroupIdOrderByReferredAtDesc(groupId)
					.stream()
					.map(Referral::line)
					.toList() : List.of(),
				organiser, mine != null, mine != null && mine.getRole().organises(), staff);
	}

	record GroupPage(GroupSummary group, List<ContactLine> members, String supportingPtv,
			List<ReferralLine> referrals, boolean organiser, boolean member, boolean coordinating, boolean staff) {

		public List<ContactLine> coordinators() {
			return this.members.stream().filter(ContactLine::organises).toList();
		}

	}

}
