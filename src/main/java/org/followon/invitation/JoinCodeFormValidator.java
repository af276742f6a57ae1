package org.followon.invitation;

import java.util.Optional;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A join code as printed on a card (however it is typed) that belongs to an invitation.
 * Whether it has expired or been used is shown on the set-up page it leads to.
 */
class JoinCodeFormValidator implements Validator {

	private final AccountSetupService setUps;

	JoinCodeFormValidator(AccountSetupService setUps) {
		this.setUps = setUps;
	}

	@Override
	public boolean supports(Class<?> type) {
		return JoinCodeForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (errors.hasErrors()) {
			return;
		}
		Optional<String> code = JoinCode.normalise(((JoinCodeForm) target).code());
		if (code.isEmpty()) {
			errors.rejectValue("code", "Format");
		}
		else if (!this.setUps.joinCodeExists(code.get())) {
			errors.rejectValue("code", "Unknown");
		}
	}

}
