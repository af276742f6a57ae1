package org.followon.handover;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.followon.account.SignedInUser;
import org.followon.group.Groups;
import org.followon.group.MembershipRole;
import org.followon.group.NewGroup;
import org.followon.invitation.Invitations;
import org.followon.programme.PmpParticipant;
import org.followon.programme.PmpSummary;
import org.followon.programme.Programmes;
import org.followon.system.EditClashException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handover of one PMP: step 1 (introduce) and the confirmation of step 3, which forms
 * the planned groups, makes the referrals and invites the members. Only the PMP's
 * facilitators and staff reach any of it ({@link Programmes#visiblePmp}).
 */
@Service
@Transactional(readOnly = true)
class HandoverService {

	private final Programmes programmes;

	private final HandoverRepository handovers;

	private final DiscussionService discussion;

	private final PlanService plans;

	private final Groups groups;

	private final Invitations invitations;

	private final Clock clock;

	HandoverService(Programmes programmes, HandoverRepository handovers, DiscussionService discussion,
			PlanService plans, Groups groups, Invitations invitations, Clock clock) {
		this.invitations = invitations;
		this.programmes = programmes;
		this.handovers = handovers;
		this.discussion = discussion;
		this.plans = plans;
		this.groups = groups;
		this.clock = clock;
	}

	PmpSummary pmp(long pmpId, SignedInUser user) {
		return this.programmes.visiblePmp(pmpId, user);
	}

	Handover handover(long pmpId) {
		return this.handovers.findByPmpId(pmpId).orElseGet(() -> new Handover(pmpId));
	}

	IntroduceForm introduceForm(PmpSummary pmp) {
		Handover handover = handover(pmp.id());
		if (handover.isIntroduced()) {
			LocalDate on = handover.getIntroducedOn();
			return new IntroduceForm(str(on.getDayOfMonth()), str(on.getMonthValue()), str(on.getYear()),
					handover.getIntroducedByPtv(), handover.getIntroducedByClinician(),
					handover.isInformationSheetGiven(), handover.getVersion());
		}
		LocalDate first = pmp.closureSessions().isEmpty() ? LocalDate.now(this.clock) : pmp.closureSessions().get(0);
		return new IntroduceForm(str(first.getDayOfMonth()), str(first.getMonthValue()), str(first.getYear()),
				pmp.ptvIds().size() == 1 ? pmp.ptvIds().get(0) : null,
				pmp.clinicianIds().size() == 1 ? pmp.clinicianIds().get(0) : null, false, null);
	}

	private static String str(int n) {
		return Integer.toString(n);
	}

	@Transactional
	void introduce(long pmpId, LocalDate on, IntroduceForm form, SignedInUser user) {
		this.programmes.visiblePmp(pmpId, user);
		Handover handover = this.handovers.findByPmpId(pmpId).orElse(null);
		if (handover == null) {
			handover = new Handover(pmpId);
		}
		else if (!Objects.equals(form.version(), handover.getVersion())) {
			throw new EditClashException("/pmps/" + pmpId + "/handover");
		}
		handover.recordIntroduction(on, form.ptvId(), form.clinicianId(), form.sheetGiven());
		this.handovers.save(handover);
	}

	boolean anythingPlanned(long pmpId) {
		return !this.plans.plannedGroups(pmpId).isEmpty() || !this.plans.plannedReferrals(pmpId).isEmpty();
	}

	/** Confirms the hand-over once: forms the planned groups and makes the referrals. */
	@Transactional
	HandoverOutcome confirm(long pmpId, long version, SignedInUser user) {
		this.programmes.visiblePmp(pmpId, user);
		Optional<Handover> existing = this.handovers.findByPmpId(pmpId);
		// A handover not yet saved shows version 0 on the confirmation page.
		if (existing.map((h) -> h.isHandedOver() || h.getVersion() != version).orElse(version != 0)) {
			throw new EditClashException("/pmps/" + pmpId + "/handover");
		}
		Handover handover = existing.orElseGet(() -> new Handover(pmpId));
		Map<Long, DiscussionService.ParticipantDecision> decided = this.discussion.decisions(pmpId)
			.stream()
			.collect(Collectors.toMap((d) -> d.participant().id(), Function.identity()));
		List<HandoverOutcome.Formed> formed = new ArrayList<>();
		for (PlannedGroup planned : this.plans.plannedGroups(pmpId)) {
			GroupPlan plan = planned.plan();
			List<NewGroup.NewMember> members = plan.memberIds()
				.stream()
				.map(decided::get)
				.filter(Objects::nonNull)
				.map((d) -> member(d, plan))
				.toList();
			Groups.FormedGroup group = this.groups
				.form(new NewGroup(plan.name(), pmpId, plan.frequency(), plan.usualTime(), plan.channel(),
						plan.firstMeetingOn(), plan.firstMeetingAt(), plan.firstMeetingVenue(), plan.firstMeetingLink(),
						plan.supportingPtvId(), user.accountId(), members));
			planned.formed(group.groupId());
			formed.add(new HandoverOutcome.Formed(group, plan, members));
			// The invitation goes to the person themselves, so it uses their own email
			// whatever
			// they agreed to share with the group; without one they get a printed join
			// code.
			this.invitations.invite(pmpId, group.groupId(),
					members.stream()
						.map((m) -> new Invitations.Invitee(m.participantId(),
								group.membershipByParticipant().get(m.participantId()), m.knownAs(), m.email()))
						.toList(),
					user.accountId());
		}
		for (PlannedReferral referral : this.plans.plannedReferrals(pmpId)) {
			DiscussionService.ParticipantDecision d = decided.get(referral.getParticipantId());
			if (d != null) {
				this.groups.refer(referral.getGroupId(), referral.getParticipantId(), d.participant().knownAs(),
						referral.getNote(), user.accountId());
			}
		}
		handover.handOver(user.accountId(), this.clock.instant());
		this.handovers.save(handover);
		return new HandoverOutcome(pmpId, formed, decided);
	}

	private static NewGroup.NewMember member(DiscussionService.ParticipantDecision d, GroupPlan plan) {
		PmpParticipant p = d.participant();
		MembershipRole role = plan.coordinatorIds().contains(p.id()) ? MembershipRole.COORDINATOR
				: plan.coCoordinatorIds().contains(p.id()) ? MembershipRole.CO_COORDINATOR : MembershipRole.MEMBER;
		String namedRole = d.role() == OrganisingRole.OTHER ? d.roleName() : null;
		return new NewGroup.NewMember(p.id(), p.knownAs(), p.email(), p.mobile(), d.shareEmail(), d.shareMobile(), role,
				namedRole, d.decision().isHearAboutOtherGroups());
	}

}
