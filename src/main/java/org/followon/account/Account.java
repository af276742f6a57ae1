package org.followon.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

@Entity
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	private String passwordHash;

	private boolean enabled;

	/**
	 * Demo accounts exist only in demo data; the prod profile refuses to start with any.
	 */
	private boolean demo;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String displayName, String passwordHash, Set<Role> roles, boolean demo, Instant now) {
		this.email = email.toLowerCase(Locale.ROOT);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = EnumSet.copyOf(roles);
		this.enabled = true;
		this.demo = demo;
		this.createdAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	/**
	 * Becomes a member too (a PTV or clinician who joins a group as a member keeps their
	 * role).
	 */
	void becomeMember() {
		this.roles.add(Role.MEMBER);
	}

	long getVersion() {
		return this.version;
	}

	/**
	 * Joins or leaves the rota that answers welfare concerns (clinicians and staff only).
	 */
	void changeDuty(boolean onDuty) {
		if (onDuty && !this.roles.contains(Role.CLINICIAN) && !this.roles.contains(Role.STAFF)) {
			throw new IllegalStateException("Only clinicians and staff go on the duty rota");
		}
		if (onDuty) {
			this.roles.add(Role.DUTY);
		}
		else {
			this.roles.remove(Role.DUTY);
		}
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	AccountSummary summary() {
		return new AccountSummary(this.id, this.displayName, getRoles());
	}

}
