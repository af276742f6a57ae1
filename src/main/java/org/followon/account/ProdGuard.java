package org.followon.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Refuses to run the prod profile on a database that holds demo accounts. */
@Component
@Profile("prod")
class ProdGuard implements ApplicationRunner {

	private final Accounts accounts;

	ProdGuard(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyDemoAccounts()) {
			throw new IllegalStateException(
					"Demo accounts are present in this database; remove them before running with the prod profile");
		}
	}

}
