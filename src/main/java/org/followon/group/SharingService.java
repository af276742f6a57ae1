package org.followon.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.followon.account.SignedInUser;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only the member themselves may do: change what they share (never shared by
 * default), step down as coordinator naming who takes over, and leave. A group is never
 * silently left without a coordinator: the service's inbox is told, and the group page
 * says so.
 */
@Service
@Transactional(readOnly = true)
class SharingService {

	private final GroupRepository groups;

	private final MembershipRepository memberships;

	private final GroupMails notices;

	private final Clock clock;

	SharingService(GroupRepository groups, MembershipRepository memberships, GroupMails notices, Clock clock) {
		this.groups = groups;
		this.memberships = memberships;
		this.notices = notices;
		this.clock = clock;
	}

	Membership mine(long groupId, SignedInUser user) {
		if (!this.groups.existsById(groupId)) {
			throw new NotFoundException("Group", groupId);
		}
		return this.memberships.findByAccountIdAndLeftOnIsNull(user.accountId())
			.stream()
			.filter((m) -> m.getGroupId() == groupId)
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("Not a member of this group"));
	}

	/** Leaves the group; if nobody is left to coordinate it, the service is told. */
	@Transactional
	void leave(long groupId, LeavingForm form, SignedInUser user) {
		Membership mine = mine(groupId, user);
		if (!Objects.equals(form.version(), mine.getVersion())) {
			throw new EditClashException("/groups/" + groupId + "/leave");
		}
		boolean organised = mine.getRole().organises();
		mine.leave(LocalDate.now(this.clock), form.reason(), form.reasonOther());
		if (organised) {
			tellServiceIfNobodyCoordinates(groupId, mine);
		}
	}

	/** The current members who could take over coordinating from this one. */
	List<Membership> possibleSuccessors(long groupId, Membership mine) {
		return this.memberships.findByGroupIdAndLeftOnIsNullOrderByKnownAs(groupId)
			.stream()
			.filter((m) -> !m.getId().equals(mine.getId()) && m.getRole() != MembershipRole.COORDINATOR)
			.toList();
	}

	@Transactional
	void stepDown(long groupId, SteppingDownForm form, SignedInUser user) {
		Membership mine = mine(groupId, user);
		if (!mine.getRole().organises()) {
			throw new AccessDeniedException("Not a coordinator of this group");
		}
		if (!Objects.equals(form.version(), mine.getVersion())) {
			throw new EditClashException("/groups/" + groupId + "/step-down");
		}
		if (form.successorId() != null) {
			possibleSuccessors(groupId, mine).stream()
				.filter((m) -> m.getId().equals(form.successorId()))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Member", form.successorId()))
				.takeOverCoordination();
		}
		mine.stepDown();
		tellServiceIfNobodyCoordinates(groupId, mine);
	}

	private void tellServiceIfNobodyCoordinates(long groupId, Membership mine) {
		boolean nobody = this.memberships.findByGroupIdAndLeftOnIsNullOrderByKnownAs(groupId)
			.stream()
			.noneMatch((m) -> !m.getId().equals(mine.getId()) && m.getRole().organises());
		if (nobody) {
			this.notices.groupNeedsCoordinator(groupId, this.groups.findById(groupId).orElseThrow().getName());
		}
	}

	@Transactional
	void change(long groupId, SharingForm form, SignedInUser user) {
		Membership mine = mine(groupId, user);
		if (!Objects.equals(form.version(), mine.getVersion())) {
			throw new EditClashException("/groups/" + groupId + "/sharing");
		}
		mine.changeSharing(form.email(), form.mobile(), form.network());
	}

}
