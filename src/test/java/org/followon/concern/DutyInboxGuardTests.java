package org.followon.concern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** In production, alerts must go to a real inbox: the app will not start otherwise. */
class DutyInboxGuardTests {

	@Test
	void theShippedExampleAddressOrNoneAtAllStopsTheStart() {
		for (String inbox : new String[] { null, "", "  ", "pain-service@example.org", "Duty@Example.org",
				"duty@mail.example.org", "not an address" }) {
			assertThatIllegalStateException().as(String.valueOf(inbox))
				.isThrownBy(() -> DutyInboxGuard.check(inbox))
				.withMessageContaining("FOLLOWON_CONCERNS_DUTY_INBOX");
		}
	}

	@Test
	void theServicesOwnInboxIsFine() {
		assertThatCode(() -> DutyInboxGuard.check("pain.duty@nhs.net")).doesNotThrowAnyException();
	}

}
