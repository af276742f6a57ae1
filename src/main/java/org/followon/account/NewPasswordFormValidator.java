package org.followon.account;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A new password that is not easily guessed, typed the same way twice. */
class NewPasswordFormValidator implements Validator {

	private final PasswordStrength strength;

	NewPasswordFormValidator(PasswordStrength strength) {
		this.strength = strength;
	}

	@Override
	public boolean supports(Class<?> type) {
		return NewPasswordForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		NewPasswordForm form = (NewPasswordForm) target;
		if (!errors.hasFieldErrors("password") && this.strength.tooEasyToGuess(form.password())) {
			errors.rejectValue("password", "TooEasy");
		}
		if (!errors.hasFieldErrors("confirmPassword") && form.password() != null
				&& !form.password().equals(form.confirmPassword())) {
			errors.rejectValue("confirmPassword", "Mismatch");
		}
	}

}
