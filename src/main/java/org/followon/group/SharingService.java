package org.followon.group;

import java.util.Objects;

import org.followon.account.SignedInUser;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Only the member themselves changes what they share; it is never shared by default. */
@Service
@Transactional(readOnly = true)
class SharingService {

	private final GroupRepository groups;

	private final MembershipRepository memberships;

	SharingService(GroupRepository groups, MembershipRepository memberships) {
		this.groups = groups;
		this.memberships = memberships;
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

	@Transactional
	void change(long groupId, SharingForm form, SignedInUser user) {
		Membership mine = mine(groupId, user);
		if (!Objects.equals(form.version(), mine.getVersion())) {
			throw new EditClashException("/groups/" + groupId + "/sharing");
		}
		mine.changeSharing(form.email(), form.mobile());
	}

}
