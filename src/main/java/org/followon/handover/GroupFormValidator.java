package org.followon.handover;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.followon.system.DateInput;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A planned group's first meeting has a date and a venue or link; then, against the
 * room's decisions, its members want to join and are not placed elsewhere, its
 * coordinators are members, and its supporting PTV is one of this PMP's.
 */
class GroupFormValidator implements Validator {

	private final PlanService plans;

	private final long pmpId;

	private final Long plannedGroupId;

	GroupFormValidator(PlanService plans, long pmpId, Long plannedGroupId) {
		this.plans = plans;
		this.pmpId = pmpId;
		this.plannedGroupId = plannedGroupId;
	}

	@Override
	public boolean supports(Class<?> type) {
		return GroupForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		GroupForm form = (GroupForm) target;
		DateInput.read(errors, "day", form.day(), form.month(), form.year());
		if (form.venue() == null && form.link() == null) {
			errors.rejectValue("venue", "VenueOrLink");
		}
		// Checked against the decisions only once the form itself is sound.
		if (!errors.hasErrors()) {
			check(form.memberIds(), form.coordinatorIds(), form.coCoordinatorIdsOrEmpty(), form.supportingPtvId(),
					errors);
		}
	}

	void check(GroupPlan plan, Errors errors) {
		check(plan.memberIds(), plan.coordinatorIds(), plan.coCoordinatorIds(), plan.supportingPtvId(), errors);
	}

	private void check(List<Long> memberIds, List<Long> coordinatorIds, List<Long> coCoordinatorIds,
			Long supportingPtvId, Errors errors) {
		Set<Long> allowed = new HashSet<>(this.plans.placeable(this.pmpId, this.plannedGroupId)
			.stream()
			.map((d) -> d.participant().id())
			.toList());
		if (!allowed.containsAll(memberIds)) {
			errors.rejectValue("memberIds", "NotPlaceable");
		}
		if (!memberIds.containsAll(coordinatorIds) || !memberIds.containsAll(coCoordinatorIds)) {
			errors.rejectValue("coordinatorIds", "CoordinatorNotMember");
		}
		if (supportingPtvId != null && !this.plans.ptvIds(this.pmpId).contains(supportingPtvId)) {
			errors.rejectValue("supportingPtvId", "NotAPtvOfThisPmp");
		}
	}

}
