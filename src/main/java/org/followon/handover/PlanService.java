package org.followon.handover;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.followon.account.SignedInUser;
import org.followon.group.GroupStatus;
import org.followon.group.GroupSummary;
import org.followon.group.Groups;
import org.followon.programme.Programmes;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 3, before it is confirmed: the groups the cohort will form, and referrals to
 * existing groups.
 */
@Service
@Transactional(readOnly = true)
class PlanService {

	private final Programmes programmes;

	private final HandoverRepository handovers;

	private final PlannedGroupRepository plannedGroups;

	private final PlannedReferralRepository plannedReferrals;

	private final DiscussionService discussion;

	private final Groups groups;

	PlanService(Programmes programmes, HandoverRepository handovers, PlannedGroupRepository plannedGroups,
			PlannedReferralRepository plannedReferrals, DiscussionService discussion, Groups groups) {
		this.programmes = programmes;
		this.handovers = handovers;
		this.plannedGroups = plannedGroups;
		this.plannedReferrals = plannedReferrals;
		this.discussion = discussion;
		this.groups = groups;
	}

	List<PlannedGroup> plannedGroups(long pmpId) {
		return this.plannedGroups.findByPmpIdOrderById(pmpId);
	}

	List<PlannedReferral> plannedReferrals(long pmpId) {
		return this.plannedReferrals.findByPmpIdOrderById(pmpId);
	}

	PlannedGroup plannedGroup(long pmpId, long plannedGroupId) {
		return this.plannedGroups.findById(plannedGroupId)
			.filter((g) -> g.getPmpId() == pmpId)
			.orElseThrow(() -> new NotFoundException("Planned group", plannedGroupId));
	}

	/**
	 * Participants who want to join and are not yet placed elsewhere (besides this
	 * planned group).
	 */
	List<DiscussionService.ParticipantDecision> placeable(long pmpId, Long exceptPlannedGroupId) {
		Set<Long> placed = placedElsewhere(pmpId, exceptPlannedGroupId);
		return this.discussion.decisions(pmpId)
			.stream()
			.filter((d) -> d.choice() == Choice.JOINING && !placed.contains(d.participant().id()))
			.toList();
	}

	private Set<Long> placedElsewhere(long pmpId, Long exceptPlannedGroupId) {
		Set<Long> placed = new HashSet<>();
		plannedGroups(pmpId).stream()
			.filter((g) -> !g.getId().equals(exceptPlannedGroupId))
			.forEach((g) -> placed.addAll(g.memberIds()));
		plannedReferrals(pmpId).forEach((r) -> placed.add(r.getParticipantId()));
		return placed;
	}

	/** The PTVs of this PMP, one of whom may support a planned group. */
	List<Long> ptvIds(long pmpId) {
		return this.programmes.pmp(pmpId).ptvIds();
	}

	@Transactional
	long save(long pmpId, Long plannedGroupId, GroupPlan plan, Long version, SignedInUser user) {
		this.programmes.visiblePmp(pmpId, user);
		requireOpen(pmpId);
		PlannedGroup planned;
		if (plannedGroupId == null) {
			planned = new PlannedGroup(pmpId);
		}
		else {
			planned = plannedGroup(pmpId, plannedGroupId);
			if (version == null || planned.getVersion() != version) {
				throw new EditClashException("/pmps/" + pmpId + "/handover");
			}
		}
		planned.plan(plan);
		return this.plannedGroups.save(planned).getId();
	}

	@Transactional
	void remove(long pmpId, long plannedGroupId, SignedInUser user) {
		this.programmes.visiblePmp(pmpId, user);
		requireOpen(pmpId);
		this.plannedGroups.delete(plannedGroup(pmpId, plannedGroupId));
	}

	/**
	 * Groups someone from this PMP could be referred to: from other PMPs, and not folded.
	 */
	List<GroupSummary> existingGroups(long pmpId) {
		return this.groups.all()
			.stream()
			.filter((g) -> g.pmpId() == null || g.pmpId() != pmpId)
			.filter((g) -> g.status() != GroupStatus.FOLDED)
			.toList();
	}

	/**
	 * Participants who could be referred: not joining this cohort's own groups, not yet
	 * referred.
	 */
	List<DiscussionService.ParticipantDecision> referable(long pmpId) {
		Set<Long> placed = placedElsewhere(pmpId, null);
		return this.discussion.decisions(pmpId).stream().filter((d) -> !placed.contains(d.participant().id())).toList();
	}

	@Transactional
	void refer(long pmpId, long participantId, long groupId, String note, SignedInUser user) {
		this.programmes.visiblePmp(pmpId, user);
		requireOpen(pmpId);
		this.discussion.participant(pmpId, participantId);
		this.plannedReferrals.save(new PlannedReferral(pmpId, participantId, groupId, note));
	}

	@Transactional
	void removeReferral(long pmpId, long referralId, SignedInUser user) {
		this.programmes.visiblePmp(pmpId, user);
		requireOpen(pmpId);
		this.plannedReferrals.findById(referralId)
			.filter((r) -> plannedReferrals(pmpId).stream().anyMatch((x) -> x.getId().equals(referralId)))
			.ifPresentOrElse(this.plannedReferrals::delete, () -> {
				throw new NotFoundException("Referral", referralId);
			});
	}

	private void requireOpen(long pmpId) {
		this.handovers.findByPmpId(pmpId).ifPresent(Handover::requireOpen);
	}

}
