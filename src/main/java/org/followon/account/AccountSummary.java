package org.followon.account;

import java.util.Set;

/** What other modules may know of an account: who it is and what it may do. */
public record AccountSummary(long id, String displayName, Set<Role> roles) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
