package org.followon.group;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A reason people can choose: "imported as folded" is only for groups that came in that
 * way, so sending it counts as giving no reason.
 */
class ClosingFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return ClosingForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (((ClosingForm) target).reason() == ClosingReason.IMPORTED_AS_FOLDED) {
			errors.rejectValue("reason", "NotNull");
		}
	}

}
