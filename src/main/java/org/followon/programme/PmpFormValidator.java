package org.followon.programme;

import java.time.LocalDate;

import org.followon.account.SignedInUser;
import org.followon.system.DateInput;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A new PMP's first session is a real date on the weekday chosen, its facilitators are
 * clinicians and PTVs who can be chosen, and the person setting it up is one of its
 * clinicians.
 */
class PmpFormValidator implements Validator {

	private final PmpService pmps;

	private final SignedInUser user;

	PmpFormValidator(PmpService pmps, SignedInUser user) {
		this.pmps = pmps;
		this.user = user;
	}

	@Override
	public boolean supports(Class<?> type) {
		return PmpForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PmpForm form = (PmpForm) target;
		LocalDate first = DateInput.read(errors, "firstDay", form.firstDay(), form.firstMonth(), form.firstYear());
		if (first != null && form.weekday() != null && first.getDayOfWeek() != form.weekday()) {
			errors.rejectValue("weekday", "WeekdayMismatch");
		}
		if (form.clinicianIds() != null && this.pmps.facilitators(form.clinicianIds(), form.ptvIdsOrEmpty()) == null) {
			errors.rejectValue("clinicianIds", "UnknownFacilitator");
		}
		if (form.clinicianIds() != null && !form.clinicianIds().contains(this.user.accountId())) {
			errors.rejectValue("clinicianIds", "CreatorNotFacilitator");
		}
	}

}
