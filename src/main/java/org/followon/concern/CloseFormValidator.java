package org.followon.concern;

import org.followon.concern.DutyForms.CloseForm;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A concern is closed with one of the outcomes offered. */
class CloseFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return CloseForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (((CloseForm) target).chosen() == null) {
			errors.rejectValue("outcome", "NotNull");
		}
	}

}
