package org.followon.invitation;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JoinCodeTests {

	@Test
	void codesAreEightCharactersThatCannotBeMistakenForEachOther() {
		SecureRandom random = new SecureRandom();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = JoinCode.generate(random);
			assertThat(code).hasSize(8).matches("[2-9A-HJKMNP-Z]{8}").doesNotContain("0", "O", "1", "I", "L");
			seen.add(code);
		}
		assertThat(seen).as("no repeats in a thousand").hasSize(1000);
		assertThat(JoinCode.ALPHABET).hasSize(31);
	}

	@Test
	void whatPeopleTypeIsReadKindly() {
		assertThat(JoinCode.normalise("ABCD-EFGH")).contains("ABCDEFGH");
		assertThat(JoinCode.normalise("abcd efgh")).contains("ABCDEFGH");
		assertThat(JoinCode.normalise(" abcdefgh ")).contains("ABCDEFGH");
		assertThat(JoinCode.normalise("ab cd–ef gh")).as("an en dash, as a word processor types it")
			.contains("ABCDEFGH");
	}

	@Test
	void somethingThatCannotBeACodeIsRefused() {
		assertThat(JoinCode.normalise(null)).isEmpty();
		assertThat(JoinCode.normalise("")).isEmpty();
		assertThat(JoinCode.normalise("ABCD-EFG")).as("too short").isEmpty();
		assertThat(JoinCode.normalise("ABCD-EFGHJ")).as("too long").isEmpty();
		assertThat(JoinCode.normalise("ABCD-EFG0")).as("zero is never used").isEmpty();
		assertThat(JoinCode.normalise("ABCD/EFGH")).isEmpty();
		assertThat(JoinCode.normalise("A".repeat(10_000))).isEmpty();
	}

	@Test
	void codesAreShownWithADash() {
		assertThat(JoinCode.display("ABCDEFGH")).isEqualTo("ABCD-EFGH");
	}

}
