package org.followon.account;

import java.util.regex.Pattern;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An email address to send a sign-in link or a password reset link to. */
record SignInLinkForm(@NotBlank @Size(max = 254) @Email(regexp = EMAIL) String email) {

	static final String EMAIL = ".+@[^@\\s]+\\.[^@\\s]+";

	private static final Pattern EMAIL_PATTERN = Pattern.compile(EMAIL);

	SignInLinkForm {
		email = normalise(email);
	}

	static SignInLinkForm empty() {
		return new SignInLinkForm(null);
	}

	static String normalise(String email) {
		return (email == null || email.isBlank()) ? null : email.strip();
	}

	static boolean looksLikeAnEmail(String email) {
		return email.length() <= 254 && EMAIL_PATTERN.matcher(email).matches();
	}

	@Override
	public String toString() {
		// Never the address: this may end up in a log line.
		return "SignInLinkForm[...]";
	}

}
