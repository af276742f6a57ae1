package org.followon.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses to run the prod profile on a database that holds demo accounts, or with
 * passwords hashed more weakly than production needs (the test build's setting).
 */
@Component
@Profile("prod")
class ProdGuard implements ApplicationRunner {

	private final Accounts accounts;

	private final AccountSettings settings;

	ProdGuard(Accounts accounts, AccountSettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.settings.passwordHashStrength() < AccountSettings.PRODUCTION_MINIMUM_STRENGTH) {
			throw new IllegalStateException("followon.accounts.password-hash-strength is below "
					+ AccountSettings.PRODUCTION_MINIMUM_STRENGTH + "; the prod profile needs at least that");
		}
		if (this.accounts.anyDemoAccounts()) {
			throw new IllegalStateException(
					"Demo accounts are present in this database; remove them before running with the prod profile");
		}
	}

}
