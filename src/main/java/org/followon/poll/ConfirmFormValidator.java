package org.followon.poll;

import org.followon.meeting.VenueRules;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The confirmed meeting's place follows the meeting's rules: a link online, an address at
 * home.
 */
class ConfirmFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return ConfirmForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ConfirmForm form = (ConfirmForm) target;
		VenueRules.check(form.venueType(), form.address(), form.link(), errors);
	}

}
