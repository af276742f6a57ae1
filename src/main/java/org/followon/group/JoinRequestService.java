package org.followon.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;
import org.followon.account.SignedInUser;
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

	private final GroupRepository groups;

	private final MembershipRepository memberships;

	private final JoinRequestRepository requests;

	private final Accounts accounts;

	private final GroupMails notices;

	private final Clock clock;

	private final GroupStatusRules rules;

	JoinRequestService(GroupRepository groups, MembershipRepository memberships, JoinRequestRepository requests,
			Accounts accounts, GroupMails notices, Clock clock, GroupStatusRules rules) {
		this.rules = rules;
		this.notices = notices;
		this.groups = groups;
		this.memberships = memberships;
		this.requests = requests;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The open group someone may ask to join; 404 unless it is open to new members and
	 * not folded.
	 */
	GroupSummary askable(long groupId) {
		return this.groups.findById(groupId)
			.map((g) -> g.summary(this.rules))
			.filter((g) -> g.openToNewMembers() && g.status() != GroupStatus.FOLDED)
			.orElseThrow(() -> new NotFoundException("Open group", groupId));
	}

	boolean alreadyInOrAsked(long groupId, SignedInUser user) {
		return this.memberships.existsByGroupIdAndAccountIdAndLeftOnIsNull(groupId, user.accountId()) || this.requests
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

	List<JoinRequest.RequestLine> pending(long groupId) {
		return this.requests.findByGroupIdAndStatusOrderByCreatedAt(groupId, JoinRequest.Status.PENDING)
			.stream()
			.map(JoinRequest::line)
			.toList();
	}

	/** What a person has asked, with the answers, for their own groups page. */
	List<MyRequest> mine(SignedInUser user) {
		return this.requests.findByAccountIdOrderByCreatedAtDesc(user.accountId())
			.stream()
			.map((r) -> new MyRequest(this.groups.findById(r.getGroupId()).map(FollowOnGroup::getName).orElse(""),
					r.getStatus().name()))
			.toList();
	}

	@Transactional
	void decide(long groupId, long requestId, boolean accept, Long version, SignedInUser user) {
		if (!this.memberships.coordinates(groupId, user.accountId())) {
			throw new AccessDeniedException("Not a coordinator of this group");
		}
		JoinRequest request = this.requests.findById(requestId)
			.filter((r) -> r.getGroupId() == groupId)
			.orElseThrow(() -> new NotFoundException("Join request", requestId));
		if (request.getStatus() != JoinRequest.Status.PENDING || !Objects.equals(version, request.line().version())) {
			throw new EditClashException("/groups/" + groupId);
		}
		request.decide(accept, user.accountId(), this.clock.instant());
		String groupName = this.groups.findById(groupId).map(FollowOnGroup::getName).orElse("");
		this.accounts.emailOf(request.getAccountId())
			.ifPresent((to) -> this.notices.joinRequestAnswered(groupId, to, groupName, accept));
		if (accept && !this.memberships.existsByGroupIdAndAccountIdAndLeftOnIsNull(groupId, request.getAccountId())) {
			String knownAs = this.accounts.byIds(List.of(request.getAccountId()))
				.values()
				.stream()
				.map(AccountSummary::displayName)
				.findFirst()
				.orElse(request.getKnownAs());
			this.memberships.save(new Membership(groupId, request.getAccountId(), knownAs, LocalDate.now(this.clock)));
		}
	}

	/** One of a person's own requests. */
	record MyRequest(String group, String status) {
	}

}
