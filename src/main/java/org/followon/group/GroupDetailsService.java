package org.followon.group;

import org.followon.account.Role;
import org.followon.account.SignedInUser;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's details (what it is for, where and when it meets, whether it is open to new
 * members), which its coordinators and staff keep, for its page and the directory.
 */
@Service
@Transactional(readOnly = true)
class GroupDetailsService {

	private final GroupRepository groups;

	private final MembershipRepository memberships;

	GroupDetailsService(GroupRepository groups, MembershipRepository memberships) {
		this.groups = groups;
		this.memberships = memberships;
	}

	/** The group's details as they are, if this person may change them. */
	GroupDetailsForm form(long groupId, SignedInUser user) {
		return editable(groupId, user).detailsForm();
	}

	/** Saves the details, unless the group changed since the form was opened. */
	@Transactional
	void describe(long groupId, GroupDetailsForm form, SignedInUser user) {
		FollowOnGroup group = editable(groupId, user);
		if (form.version() == null || form.version() != group.getVersion()) {
			throw new EditClashException("/groups/" + groupId);
		}
		group.describe(form);
	}

	private FollowOnGroup editable(long groupId, SignedInUser user) {
		FollowOnGroup group = this.groups.findById(groupId).orElseThrow(() -> new NotFoundException("Group", groupId));
		if (!this.memberships.coordinates(groupId, user.accountId()) && !user.has(Role.STAFF)) {
			throw new AccessDeniedException("Not a coordinator of this group");
		}
		return group;
	}

}
