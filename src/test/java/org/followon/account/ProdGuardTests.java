package org.followon.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ProdGuardTests {

	private final Accounts accounts = mock(Accounts.class);

	@Test
	void refusesToStartWithDemoAccounts() {
		given(this.accounts.anyDemoAccounts()).willReturn(true);
		assertThatThrownBy(() -> new ProdGuard(this.accounts, new AccountSettings(10)).run(null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Demo accounts");
	}

	@Test
	void refusesToStartWithTheTestBuildsPasswordHashing() {
		assertThatThrownBy(() -> new ProdGuard(this.accounts, new AccountSettings(4)).run(null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("password-hash-strength");
	}

	@Test
	void startsWithoutThem() {
		assertThatCode(() -> new ProdGuard(this.accounts, new AccountSettings(10)).run(null))
			.doesNotThrowAnyException();
	}

}
