package org.followon.joinrequest;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;
import org.followon.account.SignedInUser;
import org.followon.group.GroupStatus;
import org.followon.group.GroupSummary;
import org.followon.group.Groups;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking to join a group that is open to new members, and its coordinators' answer.
 * Someone who joins shares nothing until they choose to; moving keeps any old membership
 * as it is.
 */
@Service
@Transactional(readOnly = true)
class JoinRequestService {

	private final JoinRequestRepository requests;

	private final Groups groups;

	private final Accounts accounts;

	private final JoinRequestMails mails;

	private final Clock clock;

	JoinRequestService(JoinRequestRepository requests, Groups groups, Accounts accounts, JoinRequestMails mails,
			Clock clock) {
		this.requests = requests;
		this.groups = groups;
		this.accounts = accounts;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * The open group someone may ask to join; 404 unless it is open to new members and
	 * not folded.
	 */
	GroupSummary askable(long groupId) {
		GroupSummary group = this.groups.summary(groupId);
		if (!group.openToNewMembers() || group.status() == GroupStatus.FOLDED) {
			throw new NotFoundException("Open group", groupId);
		}
		return group;
	}

	boolean alreadyInOrAsked(long groupId, SignedInUser user) {
		return this.groups.access(groupId, user.accountId()).member() || this.requests
			.existsByGroupIdAndAccountIdAndStatus(groupId, user.accountId(), JoinRequest.Status.PENDING);
	}

	/**
	 * Records the request; false, and nothing stored, if they are already in or waiting.
	 */
	@Transactional
	boolean ask(long groupId, JoinRequestForm form, SignedInUser user) {
		askable(groupId);
		if (alreadyInOrAsked(groupId, user)) {
			return false;
		}
		String name = this.accounts.byIds(List.of(user.accountId()))
			.values()
			.stream()
			.map(AccountSummary::displayName)
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("No such account"));
		this.requests.save(new JoinRequest(groupId, user.accountId(), name, form.message(), this.clock.instant()));
		return true;
	}

	@Transactional
	void decide(long groupId, long requestId, boolean accept, Long version, SignedInUser user) {
		if (!this.groups.coordinates(groupId, user.accountId())) {
			throw new AccessDeniedException("Not a coordinator of this group");
		}
		JoinRequest request = this.requests.findById(requestId)
			.filter((r) -> r.getGroupId() == groupId)
			.orElseThrow(() -> new NotFoundException("Join request", requestId));
		if (request.getStatus() != JoinRequest.Status.PENDING || !Objects.equals(version, request.getVersion())) {
			throw new EditClashException("/groups/" + groupId);
		}
		request.decide(accept, user.accountId(), this.clock.instant());
		String groupName = this.groups.summary(groupId).name();
		this.accounts.emailOf(request.getAccountId())
			.ifPresent((to) -> this.mails.answered(groupId, to, groupName, accept));
		if (accept) {
			String knownAs = this.accounts.byIds(List.of(request.getAccountId()))
				.values()
				.stream()
				.map(AccountSummary::displayName)
				.findFirst()
				.orElse(request.getKnownAs());
			this.groups.addMember(groupId, request.getAccountId(), knownAs);
		}
	}

}
