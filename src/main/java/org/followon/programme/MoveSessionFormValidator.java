package org.followon.programme;

import org.followon.system.DateInput;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The new date is a real date; whether it keeps the sessions in order is known only
 * against the PMP's other sessions ({@link SessionOrderException}).
 */
class MoveSessionFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return MoveSessionForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		MoveSessionForm form = (MoveSessionForm) target;
		DateInput.read(errors, "day", form.day(), form.month(), form.year());
	}

}
