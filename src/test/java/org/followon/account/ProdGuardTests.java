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
		assertThatThrownBy(() -> new ProdGuard(this.accounts).run(null)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Demo accounts");
	}

	@Test
	void startsWithoutThem() {
		assertThatCode(() -> new ProdGuard(this.accounts).run(null)).doesNotThrowAnyException();
	}

}
