package org.followon.invitation;

import org.followon.account.PasswordStrength;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A password that is not easily guessed, typed the same way twice, and an address that
 * has no account yet.
 */
class AccountSetupFormValidator implements Validator {

	private final PasswordStrength passwords;

	private final AccountSetupService setUps;

	AccountSetupFormValidator(PasswordStrength passwords, AccountSetupService setUps) {
		this.passwords = passwords;
		this.setUps = setUps;
	}

	@Override
	public boolean supports(Class<?> type) {
		return AccountSetupForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		AccountSetupForm form = (AccountSetupForm) target;
		if (!errors.hasFieldErrors("password") && this.passwords.tooEasyToGuess(form.password())) {
			errors.rejectValue("password", "TooEasy");
		}
		if (!errors.hasFieldErrors("confirmPassword") && form.password() != null
				&& !form.password().equals(form.confirmPassword())) {
			errors.rejectValue("confirmPassword", "Mismatch");
		}
		if (!errors.hasFieldErrors("email") && this.setUps.emailInUse(form.email())) {
			errors.rejectValue("email", "InUse");
		}
	}

}
