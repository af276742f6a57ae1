package org.followon.programme;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A PMP's facilitators are clinicians and PTVs who can be chosen. */
class PmpDetailsFormValidator implements Validator {

	private final PmpService pmps;

	PmpDetailsFormValidator(PmpService pmps) {
		this.pmps = pmps;
	}

	@Override
	public boolean supports(Class<?> type) {
		return PmpDetailsForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PmpDetailsForm form = (PmpDetailsForm) target;
		if (form.clinicianIds() != null && this.pmps.facilitators(form.clinicianIds(), form.ptvIdsOrEmpty()) == null) {
			errors.rejectValue("clinicianIds", "UnknownFacilitator");
		}
	}

}
