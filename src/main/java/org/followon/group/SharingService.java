package org.followon.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.followon.account.SignedInUser;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What only the member themselves may do: change what they share (never shared by default), and leave. */
@Service
@Transactional(readOnly = true)
class SharingService {

	private final GroupRepository groups;

	private final MembershipRepository memberships;

	private final Clock clock;

	SharingService(GroupRepository groups, MembershipRepository memberships, Clock clock) {
		this.groups = groups;
		this.memberships = memberships;
		this.clock = clock;
	}

	Membership mine(long groupId, SignedInUser user) {
		if (!this.groups.existsById(groupId)) {
			throw new NotFoundException("Group", groupId);
		}
		return this.memberships.findByAccountIdAndLeftOnIsNull(user.accountId())
			.stream()
			.filter(m -> m.getGroupId() == groupId)
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("Not a member of this group"));
	}

	/** Leaves the group; returns whether it now has nobody to coordinate it. */
	@Transactional
	boolean leave(long groupId, LeavingForm form, SignedInUser user) {
		Membership mine = mine(groupId, user);
		if (!Objects.equals(form.version(), mine.getVersion())) {
			throw new EditClashException("/groups/" + groupId + "/leave");
		}
		mine.leave(LocalDate.now(this.clock), form.reason(), form.reasonOther());
		return this.memberships.findByGroupIdAndLeftOnIsNullOrderByKnownAs(groupId)
			.stream()
			.noneMatch(m -> m != mine && m.getRole().organises());
	}

	@Transactional
	void change(long groupId, SharingForm form, SignedInUser user) {
		Membership mine = mine(groupId, user);
		if (!Objects.equals(form.version(), mine.getVersion())) {
			throw new EditClashException("/groups/" + groupId + "/sharing");
		}
		mine.changeSharing(form.email(), form.mobile());
	}

}
