package org.followon.account;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request, as controllers receive it with
 * {@code @AuthenticationPrincipal}.
 */
public final class SignedInUser implements UserDetails {

	private final long accountId;

	private final String email;

	private final String displayName;

	private final transient String passwordHash;

	private final Set<Role> roles;

	private final boolean enabled;

	SignedInUser(Account account) {
		this(account.getId(), account.getEmail(), account.getDisplayName(), account.getPasswordHash(),
				account.getRoles(), account.isEnabled());
	}

	SignedInUser(long accountId, String email, String displayName, String passwordHash, Set<Role> roles,
			boolean enabled) {
		this.accountId = accountId;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
	}

	public long accountId() {
		return this.accountId;
	}

	public String displayName() {
		return this.displayName;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((r) -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public String toString() {
		// Never the email or name: this may end up in a log line.
		return "SignedInUser[" + this.accountId + "]";
	}

}
