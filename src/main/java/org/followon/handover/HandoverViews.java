package org.followon.handover;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;
import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.group.GroupSummary;
import org.followon.group.Groups;
import org.followon.handover.DiscussionService.ParticipantDecision;
import org.followon.handover.DiscussionService.RoomSummary;
import org.followon.programme.PmpSummary;

import org.springframework.stereotype.Component;

/**
 * What the handover pages show, a record per page put together here, so the controllers
 * stay small and the templates only display.
 */
@Component
class HandoverViews {

	/**
	 * The handover of a PMP, and its confirmation: the three steps, or once handed over,
	 * what came of it ({@code formed}: the groups formed, by id, with their status
	 * today).
	 */
	record OverviewPage(PmpSummary pmp, HandoverView handover, RoomSummary summary, List<PlannedRow> planned,
			List<ReferralRow> referrals, Map<Long, GroupSummary> formed, List<ParticipantDecision> notJoining) {
	}

	record HandoverView(boolean introduced, LocalDate introducedOn, boolean sheetGiven, boolean handedOver,
			LocalDate handedOverOn, long version, String ptv, String clinician) {
	}

	record PlannedRow(long id, GroupPlan plan, List<String> members, List<String> coordinators, Long groupId) {

		public boolean small() {
			return this.members.size() < 3;
		}

	}

	record ReferralRow(long id, String knownAs, String group, String note) {
	}

	/** Step 1: who introduced the idea, from this PMP's PTVs and clinicians. */
	record IntroducePage(PmpSummary pmp, List<AccountSummary> ptvs, List<AccountSummary> clinicians) {
	}

	/**
	 * A planned group, new ({@code plannedId} null) or changed: those who can be placed
	 * in it, and this PMP's PTVs to support it.
	 */
	record GroupFormPage(PmpSummary pmp, Long plannedId, List<ParticipantDecision> joining, List<Option> memberOptions,
			List<AccountSummary> ptvs) {

		public Frequency[] frequencies() {
			return Frequency.values();
		}

		public Channel[] channels() {
			return Channel.values();
		}

	}

	/** A referral: someone not yet placed, to an existing group. */
	record ReferralFormPage(PmpSummary pmp, List<Option> participantOptions, List<Option> groupOptions) {
	}

	private final HandoverService handovers;

	private final DiscussionService discussion;

	private final PlanService plans;

	private final Groups groups;

	private final Accounts accounts;

	private final ZoneId zone;

	HandoverViews(HandoverService handovers, DiscussionService discussion, PlanService plans, Groups groups,
			Accounts accounts, Clock clock) {
		this.handovers = handovers;
		this.discussion = discussion;
		this.plans = plans;
		this.groups = groups;
		this.accounts = accounts;
		this.zone = clock.getZone();
	}

	OverviewPage overview(PmpSummary pmp) {
		Handover handover = this.handovers.handover(pmp.id());
		List<ParticipantDecision> decisions = this.discussion.decisions(pmp.id());
		Map<Long, String> names = decisions.stream()
			.collect(Collectors.toMap((d) -> d.participant().id(), (d) -> d.participant().knownAs()));
		List<PlannedReferral> plannedReferrals = this.plans.plannedReferrals(pmp.id());
		// Names of the groups referred to, looked up only when there are referrals.
		Map<Long, String> groupNames = plannedReferrals.isEmpty() ? Map.of()
				: this.groups.all().stream().collect(Collectors.toMap(GroupSummary::id, GroupSummary::name));
		List<PlannedRow> planned = new ArrayList<>();
		for (PlannedGroup g : this.plans.plannedGroups(pmp.id())) {
			GroupPlan plan = g.plan();
			planned.add(new PlannedRow(g.getId(), plan, sortedNames(plan.memberIds(), names),
					sortedNames(plan.coordinatorIds(), names), g.getGroupId()));
		}
		List<ReferralRow> referrals = plannedReferrals.stream()
			.map((r) -> new ReferralRow(r.getId(), names.get(r.getParticipantId()), groupNames.get(r.getGroupId()),
					r.getNote()))
			.toList();
		HandoverView view = new HandoverView(handover.isIntroduced(), handover.getIntroducedOn(),
				handover.isInformationSheetGiven(), handover.isHandedOver(),
				(handover.getHandedOverAt() != null) ? handover.getHandedOverAt().atZone(this.zone).toLocalDate()
						: null,
				handover.getVersion(), name(handover.getIntroducedByPtv()), name(handover.getIntroducedByClinician()));
		Map<Long, GroupSummary> formed = handover.isHandedOver()
				? this.groups.formedFrom(pmp.id()).stream().collect(Collectors.toMap(GroupSummary::id, (g) -> g))
				: Map.of();
		return new OverviewPage(pmp, view, this.discussion.summary(decisions), planned, referrals, formed,
				decisions.stream().filter((d) -> d.choice() != Choice.JOINING).toList());
	}

	IntroducePage introduce(PmpSummary pmp) {
		return new IntroducePage(pmp, people(pmp.ptvIds()), people(pmp.clinicianIds()));
	}

	GroupFormPage groupForm(PmpSummary pmp, Long plannedId) {
		List<ParticipantDecision> joining = this.plans.placeable(pmp.id(), plannedId);
		return new GroupFormPage(pmp, plannedId, joining,
				joining.stream().map((d) -> new Option(d.participant().id(), d.participant().knownAs())).toList(),
				people(pmp.ptvIds()));
	}

	ReferralFormPage referralForm(PmpSummary pmp) {
		return new ReferralFormPage(pmp,
				this.plans.referable(pmp.id())
					.stream()
					.map((d) -> new Option(d.participant().id(), d.participant().knownAs()))
					.toList(),
				this.plans.existingGroups(pmp.id()).stream().map((g) -> new Option(g.id(), g.name())).toList());
	}

	private List<AccountSummary> people(List<Long> ids) {
		Map<Long, AccountSummary> found = this.accounts.byIds(ids);
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	private String name(Long accountId) {
		return (accountId != null) ? this.accounts.byIds(List.of(accountId))
			.values()
			.stream()
			.map(AccountSummary::displayName)
			.findFirst()
			.orElse(null) : null;
	}

	private static List<String> sortedNames(List<Long> ids, Map<Long, String> names) {
		return ids.stream().map(names::get).filter(Objects::nonNull).sorted().toList();
	}

}
