package org.followon.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.SignedInUser;
import org.followon.programme.Programmes;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group page and handover pack, with the record-level rule: only the group's current
 * members, its supporting PTV (until they step back), the clinicians of the PMP it came
 * from, and staff may see it. Also closing and reopening a group, and the PTV stepping
 * back.
 */
@Service
@Transactional(readOnly = true)
class GroupService {

	private final GroupRepository groups;

	private final MembershipRepository memberships;

	private final ReferralRepository referrals;

	private final Programmes programmes;

	private final Accounts accounts;

	private final GroupStatusRules rules;

	private final ObjectProvider<RequestsToJoin> requests;

	private final GroupMails notices;

	private final NextMeetings nextMeetings;

	private final MeetingsToLog meetingsToLog;

	private final Clock clock;

	GroupService(GroupRepository groups, MembershipRepository memberships, ReferralRepository referrals,
			ObjectProvider<RequestsToJoin> requests, Programmes programmes, Accounts accounts, GroupStatusRules rules,
			GroupMails notices, ObjectProvider<NextMeetings> nextMeetings, ObjectProvider<MeetingsToLog> meetingsToLog,
			Clock clock) {
		// Without the meeting module, homes show the first meeting agreed at the
		// hand-over only.
		this.nextMeetings = nextMeetings.getIfAvailable(() -> (ids) -> Map.of());
		this.meetingsToLog = meetingsToLog.getIfAvailable(() -> (ids) -> Map.of());
		this.notices = notices;
		this.requests = requests;
		this.groups = groups;
		this.memberships = memberships;
		this.referrals = referrals;
		this.programmes = programmes;
		this.accounts = accounts;
		this.rules = rules;
		this.clock = clock;
	}

	GroupPage page(long groupId, SignedInUser user) {
		FollowOnGroup group = group(groupId);
		List<Membership> current = this.memberships.findByGroupIdAndLeftOnIsNullOrderByKnownAs(groupId);
		Membership mine = current.stream()
			.filter((m) -> m.getAccountId() != null && m.getAccountId() == user.accountId())
			.findFirst()
			.orElse(null);
		boolean supportingPtv = group.isSupportedBy(user.accountId());
		// The PMP's clinicians keep sight of their cohorts' groups; its PTVs only as the
		// supporting PTV.
		boolean clinician = user.has(Role.CLINICIAN) && group.getPmpId() != null
				&& this.programmes.facilitates(group.getPmpId(), user.accountId());
		boolean staff = user.has(Role.STAFF);
		if (mine == null && !supportingPtv && !clinician && !staff) {
			throw new AccessDeniedException("Not a member of this group");
		}
		boolean coordinating = mine != null && mine.getRole().organises();
		boolean organiser = coordinating || clinician || staff || supportingPtv;
		String ptvName = group.getSupportingPtvId() == null || !group.isSupportedBy(group.getSupportingPtvId()) ? null
				: this.accounts.byIds(List.of(group.getSupportingPtvId()))
					.values()
					.stream()
					.map(AccountSummary::displayName)
					.findFirst()
					.orElse(null);
		Closure closure = group.isClosed() ? new Closure(group.getClosedReason(), group.getClosedNote()) : null;
		return new GroupPage(group.summary(this.rules), current.stream().map(Membership::contactLine).toList(), ptvName,
				organiser ? this.referrals.findByGroupIdOrderByReferredAtDesc(groupId)
					.stream()
					.map(Referral::line)
					.toList() : List.of(),
				organiser, mine != null, coordinating, staff, supportingPtv, closure, group.getVersion());
	}

	/**
	 * A person's home in the app: the groups they belong to, each with its next meeting
	 * and what is waiting (people asking to join, for its coordinators; no coordinator),
	 * and the groups they support as a PTV.
	 */
	Home home(SignedInUser user) {
		Map<Long, Membership> mine = this.memberships.findByAccountIdAndLeftOnIsNull(user.accountId())
			.stream()
			.collect(Collectors.toMap(Membership::getGroupId, (m) -> m, (a, b) -> a));
		List<HomeGroup> groups = new ArrayList<>();
		if (!mine.isEmpty()) {
			Set<Long> organised = this.memberships.findByGroupIdInAndLeftOnIsNull(mine.keySet())
				.stream()
				.filter((m) -> m.getRole().organises())
				.map(Membership::getGroupId)
				.collect(Collectors.toSet());
			RequestsToJoin requestsToJoin = this.requests.getIfAvailable();
			Map<Long, Long> asking = (requestsToJoin != null) ? requestsToJoin.waitingCounts(mine.keySet()) : Map.of();
			LocalDate today = LocalDate.now(this.clock);
			Map<Long, NextMeetings.NextMeeting> next = this.nextMeetings.of(mine.keySet());
			Map<Long, Long> toLog = this.meetingsToLog
				.of(mine.values().stream().filter((m) -> m.getRole().organises()).map(Membership::getGroupId).toList());
			for (FollowOnGroup group : this.groups.findAllById(mine.keySet())) {
				GroupSummary summary = group.summary(this.rules);
				boolean coordinating = mine.get(group.getId()).getRole().organises();
				// Until its meetings are scheduled, a group's next meeting is the one
				// agreed at its hand-over.
				NextMeetings.NextMeeting agreed = summary.firstMeetingOn() != null
						&& !summary.firstMeetingOn().isBefore(today)
								? new NextMeetings.NextMeeting(summary.firstMeetingOn(), summary.firstMeetingAt())
								: null;
				groups.add(new HomeGroup(summary, coordinating, !organised.contains(group.getId()),
						coordinating ? asking.getOrDefault(group.getId(), 0L) : 0L,
						next.getOrDefault(group.getId(), agreed),
						coordinating ? toLog.getOrDefault(group.getId(), 0L) : 0L));
			}
			groups.sort(Comparator.comparing((g) -> g.group().name()));
		}
		List<GroupSummary> supporting = this.groups
			.findBySupportingPtvIdAndPtvSteppedBackOnIsNullOrderByName(user.accountId())
			.stream()
			.map((g) -> g.summary(this.rules))
			.toList();
		return new Home(groups, supporting);
	}

	record Home(List<HomeGroup> groups, List<GroupSummary> supporting) {
	}

	/** One of a person's groups on their home page. */
	record HomeGroup(GroupSummary group, boolean coordinating, boolean needsCoordinator, long asking,
			NextMeetings.NextMeeting nextMeeting, long toLog) {
	}

	/** The group if this person may close or reopen it: its coordinators and staff. */
	FollowOnGroup closable(long groupId, SignedInUser user) {
		FollowOnGroup group = group(groupId);
		if (!user.has(Role.STAFF) && !this.memberships.coordinates(groupId, user.accountId())) {
			throw new AccessDeniedException("Not a coordinator of this group");
		}
		return group;
	}

	@Transactional
	void close(long groupId, ClosingForm form, SignedInUser user) {
		FollowOnGroup group = current(closable(groupId, user), form.version(), "/groups/" + groupId + "/close");
		group.close(LocalDate.now(this.clock), form.reason(), form.note(), user.accountId());
		if (!user.has(Role.STAFF)) {
			this.notices.groupClosed(groupId, group.getName());
		}
	}

	@Transactional
	void reopen(long groupId, Long version, SignedInUser user) {
		current(closable(groupId, user), version, "/groups/" + groupId).reopen();
	}

	/** The supporting PTV ends their own access before the third meeting. */
	@Transactional
	void stepBack(long groupId, Long version, SignedInUser user) {
		FollowOnGroup group = group(groupId);
		if (!group.isSupportedBy(user.accountId())) {
			throw new AccessDeniedException("Not the supporting PTV of this group");
		}
		current(group, version, "/groups/" + groupId).ptvStepsBack(LocalDate.now(this.clock));
	}

	private FollowOnGroup group(long groupId) {
		return this.groups.findById(groupId).orElseThrow(() -> new NotFoundException("Group", groupId));
	}

	private static FollowOnGroup current(FollowOnGroup group, Long version, String wayForward) {
		if (!Objects.equals(version, group.getVersion())) {
			throw new EditClashException(wayForward);
		}
		return group;
	}

	/** Why the group was closed, when it was closed by hand. */
	record Closure(ClosingReason reason, String note) {
	}

	record GroupPage(GroupSummary group, List<ContactLine> members, String supportingPtv, List<ReferralLine> referrals,
			boolean organiser, boolean member, boolean coordinating, boolean staff, boolean supportingPtvViewing,
			Closure closure, long version) {

		public List<ContactLine> coordinators() {
			return this.members.stream().filter(ContactLine::organises).toList();
		}

		/** Coordinators and staff may close the group, or reopen one closed by hand. */
		public boolean canClose() {
			return this.coordinating || this.staff;
		}

	}

}
