package org.followon.handover;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;
import org.followon.group.GroupSummary;
import org.followon.group.Groups;
import org.followon.programme.PmpSummary;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts together what the handover pages show, so the controllers stay small. */
@Component
class HandoverPages {

	private final HandoverService handovers;

	private final DiscussionService discussion;

	private final PlanService plans;

	private final Groups groups;

	private final Accounts accounts;

	private final java.time.ZoneId zone;

	HandoverPages(HandoverService handovers, DiscussionService discussion, PlanService plans, Groups groups,
			Accounts accounts, java.time.Clock clock) {
		this.zone = clock.getZone();
		this.handovers = handovers;
		this.discussion = discussion;
		this.plans = plans;
		this.groups = groups;
		this.accounts = accounts;
	}

	void overview(PmpSummary pmp, Model model) {
		Handover handover = this.handovers.handover(pmp.id());
		List<DiscussionService.ParticipantDecision> decisions = this.discussion.decisions(pmp.id());
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
		model.addAttribute("pmp", pmp);
		model.addAttribute("handover",
				new HandoverView(handover.isIntroduced(), handover.getIntroducedOn(),
						handover.isInformationSheetGiven(), handover.isHandedOver(),
						handover.getHandedOverAt() == null ? null
								: handover.getHandedOverAt().atZone(this.zone).toLocalDate(),
						handover.getVersion(), name(handover.getIntroducedByPtv()),
						name(handover.getIntroducedByClinician())));
		model.addAttribute("decisions", decisions);
		model.addAttribute("summary", this.discussion.summary(decisions));
		model.addAttribute("planned", planned);
		model.addAttribute("referrals", referrals);
		// The groups formed at the hand-over, with their status today.
		model.addAttribute("formed", handover.isHandedOver()
				? this.groups.formedFrom(pmp.id()).stream().collect(Collectors.toMap(GroupSummary::id, (g) -> g))
				: Map.of());
		model.addAttribute("notJoining", decisions.stream().filter((d) -> d.choice() != Choice.JOINING).toList());
	}

	private static List<String> sortedNames(List<Long> ids, Map<Long, String> names) {
		return ids.stream().map(names::get).filter(java.util.Objects::nonNull).sorted().toList();
	}

	String introduce(PmpSummary pmp, Model model) {
		model.addAttribute("pmp", pmp);
		model.addAttribute("ptvs", people(pmp.ptvIds()));
		model.addAttribute("clinicians", people(pmp.clinicianIds()));
		return "handover/introduce";
	}

	List<AccountSummary> people(List<Long> ids) {
		Map<Long, AccountSummary> found = this.accounts.byIds(ids);
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	private String name(Long accountId) {
		return accountId == null ? null
				: this.accounts.byIds(List.of(accountId))
					.values()
					.stream()
					.map(AccountSummary::displayName)
					.findFirst()
					.orElse(null);
	}

	record HandoverView(boolean introduced, java.time.LocalDate introducedOn, boolean sheetGiven, boolean handedOver,
			java.time.LocalDate handedOverOn, long version, String ptv, String clinician) {
	}

	record PlannedRow(long id, GroupPlan plan, List<String> members, List<String> coordinators, Long groupId) {

		public boolean small() {
			return this.members.size() < 3;
		}

	}

	record ReferralRow(long id, String knownAs, String group, String note) {
	}

}
