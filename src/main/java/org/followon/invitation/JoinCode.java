package org.followon.invitation;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Join codes for people without email: 8 characters from 31 that cannot be mistaken for
 * one another when read off a card (no 0, O, 1, I or L), about 40 bits, shown as
 * XXXX-XXXX. Stored without the dash.
 */
final class JoinCode {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 8;

	private JoinCode() {
	}

	static String generate(SecureRandom random) {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * What someone typed, as stored: any case, with or without the dash, spaces anywhere.
	 * Empty if it cannot be a join code.
	 */
	static Optional<String> normalise(String typed) {
		if (typed == null || typed.length() > 40) {
			return Optional.empty();
		}
		String code = typed.replaceAll("[\\s\\p{Pd}]", "").toUpperCase(Locale.ROOT);
		boolean valid = code.length() == LENGTH && code.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0);
		return valid ? Optional.of(code) : Optional.empty();
	}

	/** Where a join code is entered, on the app's public address. */
	static String address(String baseUrl) {
		return baseUrl.replaceAll("/+$", "") + "/join";
	}

	static String display(String code) {
		return code.substring(0, 4) + "-" + code.substring(4);
	}

}
