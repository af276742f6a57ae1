package org.followon.account;

import java.util.Set;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in people for tests, without touching the database. */
public final class TestUsers {

	private TestUsers() {
	}

	public static SignedInUser signedIn(long accountId, Role role) {
		return new SignedInUser(accountId, role.name().toLowerCase() + accountId + "@example.org",
				role.name() + " " + accountId, "{noop}unused", Set.of(role), true);
	}

	public static RequestPostProcessor as(long accountId, Role role) {
		return SecurityMockMvcRequestPostProcessors.user(signedIn(accountId, role));
	}

	/** Someone with several roles, e.g. a clinician on the duty rota. */
	public static RequestPostProcessor as(long accountId, Role role, Role... more) {
		return SecurityMockMvcRequestPostProcessors
			.user(new SignedInUser(accountId, role.name().toLowerCase() + accountId + "@example.org",
					role.name() + " " + accountId, "{noop}unused", java.util.EnumSet.of(role, more), true));
	}

}
