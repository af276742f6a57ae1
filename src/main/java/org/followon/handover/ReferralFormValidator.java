package org.followon.handover;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Only someone not yet placed, and only to an existing group of another PMP. */
class ReferralFormValidator implements Validator {

	private final PlanService plans;

	private final long pmpId;

	ReferralFormValidator(PlanService plans, long pmpId) {
		this.plans = plans;
		this.pmpId = pmpId;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ReferralForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ReferralForm form = (ReferralForm) target;
		if (form.participantId() != null && this.plans.referable(this.pmpId)
			.stream()
			.noneMatch((d) -> d.participant().id() == form.participantId())) {
			errors.rejectValue("participantId", "NotReferable");
		}
		if (form.groupId() != null
				&& this.plans.existingGroups(this.pmpId).stream().noneMatch((g) -> g.id() == form.groupId())) {
			errors.rejectValue("groupId", "NotAGroup");
		}
	}

}
