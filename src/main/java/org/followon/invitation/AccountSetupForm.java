package org.followon.invitation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Setting up an account from an invitation. Passwords are taken exactly as typed (the
 * sign-in page does not trim them either); at least 8 characters, and long passphrases
 * are welcome.
 */
record AccountSetupForm(@NotBlank @Size(max = 254) @Email(regexp = ".+@[^@\\s]+\\.[^@\\s]+") String email,
		@NotBlank @Size(min = 8, max = 128) String password, @NotBlank String confirmPassword) {

	AccountSetupForm {
		email = email == null ? null : email.strip();
	}

	static AccountSetupForm startingWith(String email) {
		return new AccountSetupForm(email, null, null);
	}

	@Override
	public String toString() {
		// Never the passwords or the address: this may end up in a log line.
		return "AccountSetupForm[...]";
	}

}
