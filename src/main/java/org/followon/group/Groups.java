package org.followon.group;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;
import org.followon.programme.Programmes;
import org.followon.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group module's public face: forming groups at a hand-over, referrals, members and
 * accounts.
 */
@Service
@Transactional(readOnly = true)
public class Groups {

	private final GroupRepository groups;

	private final MembershipRepository memberships;

	private final ReferralRepository referrals;

	private final HeldMeetingRepository held;

	private final GroupStatusRules rules;

	private final Programmes programmes;

	private final Accounts accounts;

	private final Clock clock;

	Groups(GroupRepository groups, MembershipRepository memberships, ReferralRepository referrals,
			HeldMeetingRepository held, GroupStatusRules rules, Programmes programmes, Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.groups = groups;
		this.memberships = memberships;
		this.referrals = referrals;
		this.held = held;
		this.rules = rules;
		this.programmes = programmes;
		this.clock = clock;
	}

	/** Forms a group with its first members; returns each participant's membership id. */
	@Transactional
	public FormedGroup form(NewGroup group) {
		FollowOnGroup saved = this.groups
			.save(new FollowOnGroup(group, this.clock.instant(), LocalDate.now(this.clock)));
		Map<Long, Long> membershipIds = new LinkedHashMap<>();
		LocalDate today = LocalDate.now(this.clock);
		for (NewGroup.NewMember member : group.members()) {
			Membership membership = this.memberships.save(new Membership(saved.getId(), member, today));
			membershipIds.put(member.participantId(), membership.getId());
		}
		return new FormedGroup(saved.getId(), membershipIds);
	}

	@Transactional
	public void refer(long groupId, long participantId, String knownAs, String note, long referredBy) {
		this.referrals.save(new Referral(groupId, participantId, knownAs, note, referredBy, this.clock.instant()));
	}

	/** Adds someone by name only, without an account; returns their membership's id. */
	@Transactional
	public long addMember(long groupId, String knownAs) {
		return this.memberships.save(new Membership(groupId, null, knownAs, LocalDate.now(this.clock))).getId();
	}

	/**
	 * Adds someone with an account, sharing nothing until they choose to, unless they are
	 * a current member already (someone whose request to join was accepted).
	 */
	@Transactional
	public void addMember(long groupId, long accountId, String knownAs) {
		if (!this.memberships.existsByGroupIdAndAccountIdAndLeftOnIsNull(groupId, accountId)) {
			this.memberships.save(new Membership(groupId, accountId, knownAs, LocalDate.now(this.clock)));
		}
	}

	/** Whether this person currently coordinates (or co-coordinates) the group. */
	public boolean coordinates(long groupId, long accountId) {
		return this.memberships.coordinates(groupId, accountId);
	}

	/** Links a member's new account to their membership; returns the group's id. */
	@Transactional
	public long attachAccount(long membershipId, long accountId) {
		Membership membership = this.memberships.findById(membershipId).orElseThrow();
		membership.attachAccount(accountId);
		return membership.getGroupId();
	}

	/**
	 * Someone asked the service to stop inviting them to network meetings: every current
	 * membership of theirs (by address, without case) no longer agrees to it.
	 */
	@Transactional
	public void stopNetworkInvitations(String email) {
		Long accountId = this.accounts.byEmail(email).map(AccountSummary::id).orElse(null);
		this.memberships.stopNetworkInvites(email, accountId);
	}

	/** The group, or "not found". */
	public GroupSummary summary(long groupId) {
		return this.groups.findById(groupId)
			.map((g) -> g.summary(this.rules))
			.orElseThrow(() -> new NotFoundException("Group", groupId));
	}

	/** The names of those of these groups that exist, by id. */
	public Map<Long, String> namesOf(Collection<Long> groupIds) {
		return this.groups.findAllById(groupIds)
			.stream()
			.collect(Collectors.toMap(FollowOnGroup::getId, FollowOnGroup::getName));
	}

	public List<GroupSummary> formedFrom(long pmpId) {
		return this.groups.findByPmpIdOrderByName(pmpId).stream().map((g) -> g.summary(this.rules)).toList();
	}

	/**
	 * Groups open to new members that have not folded, by name, for the directory.
	 * @param area part of the area, in any case; null or blank for any
	 * @param day the usual day; null for any
	 * @param online whether they meet online; null for either
	 */
	public List<GroupSummary> openToNewMembers(String area, DayOfWeek day, Boolean online) {
		String part = (area != null) ? area.trim().toLowerCase(Locale.UK) : "";
		return this.groups.findOpenToNewMembers(part, day, online)
			.stream()
			.map((g) -> g.summary(this.rules))
			// The status is derived from the meetings by the rules, not stored.
			.filter((g) -> g.status() != GroupStatus.FOLDED)
			.toList();
	}

	public List<GroupSummary> all() {
		return this.groups.findAllByOrderByName().stream().map((g) -> g.summary(this.rules)).toList();
	}

	/** The groups a person currently belongs to. */
	public List<GroupSummary> of(long accountId) {
		List<Long> ids = this.memberships.findByAccountIdAndLeftOnIsNull(accountId)
			.stream()
			.map(Membership::getGroupId)
			.toList();
		return this.groups.findAllById(ids).stream().map((g) -> g.summary(this.rules)).toList();
	}

	/**
	 * What this person is to the group: member, coordinator, supporting PTV, or none of
	 * them.
	 */
	public GroupAccess access(long groupId, long accountId) {
		FollowOnGroup group = this.groups.findById(groupId).orElseThrow(() -> new NotFoundException("Group", groupId));
		Membership mine = this.memberships.findFirstByGroupIdAndAccountIdAndLeftOnIsNullOrderById(groupId, accountId)
			.orElse(null);
		return new GroupAccess(groupId, group.getName(), mine == null ? null : mine.getId(),
				mine != null && mine.getRole().organises(), group.isSupportedBy(accountId));
	}

	/**
	 * The group's current members, each with the address the app may write to them at:
	 * their account's, or else the one they gave on the PMP; null if neither. Their
	 * mobile, for texts to themselves only, whether or not they share it with the group.
	 */
	public List<GroupMember> currentMembers(long groupId) {
		return this.memberships.findByGroupIdAndLeftOnIsNullOrderByKnownAs(groupId)
			.stream()
			.map((m) -> new GroupMember(m.getId(), m.getKnownAs(), m.getAccountId(),
					(m.getAccountId() == null ? Optional.<String>empty() : this.accounts.emailOf(m.getAccountId()))
						.orElse(m.getEmail()),
					m.getMobile(), m.getRole().organises(), m.getParticipantId() != null))
			.toList();
	}

	/**
	 * Records that a group held a meeting, or corrects one recorded before under the same
	 * key (the caller's own, e.g. {@code meeting:42}); the group's status follows.
	 * @param attended how many people were there, whoever they were
	 * @param pmpParticipants how many of those present had been on a PMP
	 */
	@Transactional
	public void meetingHeld(long groupId, String sourceKey, LocalDate heldOn, boolean faceToFace, int attended,
			int pmpParticipants) {
		FollowOnGroup group = this.groups.findById(groupId).orElseThrow();
		HeldMeeting meeting = this.held.findBySourceKey(sourceKey).orElseGet(() -> new HeldMeeting(groupId, sourceKey));
		if (meeting.getGroupId() != groupId) {
			throw new IllegalArgumentException("Meeting " + sourceKey + " belongs to another group");
		}
		meeting.record(heldOn, faceToFace, attended, pmpParticipants);
		this.held.saveAndFlush(meeting);
		meetingsChanged(group);
	}

	/** Withdraws a meeting recorded as held (it was cancelled, or logged by mistake). */
	@Transactional
	public void meetingNotHeld(String sourceKey) {
		this.held.findBySourceKey(sourceKey).ifPresent((meeting) -> {
			this.held.delete(meeting);
			this.held.flush();
			meetingsChanged(this.groups.findById(meeting.getGroupId()).orElseThrow());
		});
	}

	private void meetingsChanged(FollowOnGroup group) {
		List<GroupStatusRules.Met> meetings = this.held.findByGroupIdOrderByHeldOn(group.getId())
			.stream()
			.map(HeldMeeting::met)
			.toList();
		LocalDate pmpEndedOn = group.getPmpId() == null ? group.getPmpEndedOn()
				: this.programmes.pmp(group.getPmpId()).lastSession();
		this.rules.meetingsChanged(group, meetings, pmpEndedOn);
	}

	/**
	 * A group's status today from the facts it is derived from (follow_on_group's
	 * started_on, formed_on, last_met_on, active_since, closed_on and, for an imported
	 * group, last_contact_on), for reports that read groups with SQL.
	 */
	public StatusToday statusOf(LocalDate startedOn, LocalDate formedOn, LocalDate lastMetOn, LocalDate activeSince,
			LocalDate closedOn, LocalDate lastContactOn) {
		GroupStatusRules.Now now = this.rules
			.now(new GroupStatusRules.Facts(startedOn, formedOn, lastMetOn, activeSince, closedOn, lastContactOn));
		return new StatusToday(now.status(), now.since());
	}

	/** A group's status today, and the first day it had it. */
	public record StatusToday(GroupStatus status, LocalDate since) {
	}

	/** A group that was formed, and the membership made for each participant. */
	public record FormedGroup(long groupId, Map<Long, Long> membershipByParticipant) {
	}

}
