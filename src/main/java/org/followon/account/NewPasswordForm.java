package org.followon.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, by the same rules as setting up an account: at least 8 characters. */
record NewPasswordForm(@NotBlank @Size(min = 8, max = 128) String password, @NotBlank String confirmPassword) {

	static NewPasswordForm empty() {
		return new NewPasswordForm(null, null);
	}

	@Override
	public String toString() {
		// Never the passwords: this may end up in a log line.
		return "NewPasswordForm[...]";
	}

}
