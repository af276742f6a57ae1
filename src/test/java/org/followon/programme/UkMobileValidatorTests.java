package org.followon.programme;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UkMobileValidatorTests {

	@ParameterizedTest
	@CsvSource({ "07700 900123, 07700 900123", "07700900123, 07700 900123", "+44 7700 900123, 07700 900123",
			"+447911123456, 07911 123456" })
	void acceptsUkMobilesAndWritesThemTheUkWay(String typed, String stored) {
		assertThat(UkMobileValidator.normalise(typed)).contains(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "020 7946 0000", "+33 6 12 34 56 78", "07700 9001234567", "not a number" })
	void refusesWhatIsNotAUkMobile(String typed) {
		assertThat(UkMobileValidator.normalise(typed)).isEmpty();
	}

}
