package org.followon.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordStrengthTests {

	private final PasswordStrength passwords = new PasswordStrength();

	@Test
	void veryCommonPasswordsAreRefused() {
		for (String common : new String[] { "password", "Password1", "12345678", "qwertyuiop", "iloveyou", "Summer2024",
				"liverpool1", "p@ssw0rd", "aaaaaaaa", "abcdefgh" }) {
			assertThat(this.passwords.tooEasyToGuess(common)).as(common).isTrue();
		}
	}

	@Test
	void aFewWordsTogetherPass() {
		for (String fine : new String[] { "kettle garden orange", "MyDogIsCalledRex", "walesrugby", "Kx8#pq2!" }) {
			assertThat(this.passwords.tooEasyToGuess(fine)).as(fine).isFalse();
		}
	}

	@Test
	void aLongPassphraseIsCheckedQuickly() {
		String longest = "the quiet heron waits by the cold canal for the first light of a grey morning and rain";
		long started = System.nanoTime();
		assertThat(this.passwords.tooEasyToGuess((longest + longest).substring(0, 128))).isFalse();
		assertThat(this.passwords.tooEasyToGuess("password".repeat(16))).isTrue();
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(3000);
	}

}
