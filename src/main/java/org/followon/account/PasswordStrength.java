package org.followon.account;

import java.util.Locale;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;

import org.springframework.stereotype.Component;

/**
 * Refuses passwords that are very common or easily guessed ("password", "Summer2024",
 * "liverpool1"), using nbvcxz's bundled lists of leaked passwords, words and names and
 * its pattern matching, rather than a list of our own. Phrases of a few words pass
 * easily.
 */
@Component
public class PasswordStrength {

	/** About a million guesses: below this a password falls to an online attack. */
	static final double MINIMUM_ENTROPY_BITS = 20;

	/**
	 * Long passphrases are judged on their first 64 characters, which keeps checking
	 * quick.
	 */
	private static final int CHECKED_LENGTH = 64;

	// The configuration holds the dictionaries, so it is built once; an estimator per
	// check is
	// cheap and keeps requests from sharing any state.
	private final Configuration configuration = new ConfigurationBuilder().setMaxLength(CHECKED_LENGTH)
		.setLocale(Locale.UK)
		.createConfiguration();

	public boolean tooEasyToGuess(String password) {
		return new Nbvcxz(this.configuration).estimate(password).getEntropy() < MINIMUM_ENTROPY_BITS;
	}

}
