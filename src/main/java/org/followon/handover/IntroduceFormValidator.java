package org.followon.handover;

import org.followon.account.SignedInUser;
import org.followon.programme.PmpSummary;
import org.followon.system.DateInput;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The date it was introduced, and a PTV and clinician of this PMP. */
class IntroduceFormValidator implements Validator {

	private final HandoverService handovers;

	private final long pmpId;

	private final SignedInUser user;

	IntroduceFormValidator(HandoverService handovers, long pmpId, SignedInUser user) {
		this.handovers = handovers;
		this.pmpId = pmpId;
		this.user = user;
	}

	@Override
	public boolean supports(Class<?> type) {
		return IntroduceForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		IntroduceForm form = (IntroduceForm) target;
		PmpSummary pmp = this.handovers.pmp(this.pmpId, this.user);
		DateInput.read(errors, "day", form.day(), form.month(), form.year());
		if (form.ptvId() != null && !pmp.ptvIds().contains(form.ptvId())) {
			errors.rejectValue("ptvId", "NotAPtvOfThisPmp");
		}
		if (form.clinicianId() != null && !pmp.clinicianIds().contains(form.clinicianId())) {
			errors.rejectValue("clinicianId", "NotAClinicianOfThisPmp");
		}
	}

}
