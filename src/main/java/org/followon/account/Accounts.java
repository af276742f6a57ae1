package org.followon.account;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.followon.system.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's public face: look people up, create members' and the demo
 * accounts.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private final AccountRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	Accounts(AccountRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	public List<AccountSummary> withRole(Role role) {
		return this.repository.findEnabledByRole(role).stream().map(Account::summary).toList();
	}

	public Map<Long, AccountSummary> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.repository.findAllWithRolesById(ids)
			.stream()
			.map(Account::summary)
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
	}

	public Optional<AccountSummary> byEmail(String email) {
		return this.repository.findByEmailIgnoreCase(email).map(Account::summary);
	}

	/**
	 * Where to email this person about something of their own (never shown to others).
	 */
	public Optional<String> emailOf(long accountId) {
		return this.repository.findById(accountId).filter(Account::isEnabled).map(Account::getEmail);
	}

	/**
	 * Clinicians and staff, each with whether they are on the duty rota, for the rota
	 * page.
	 */
	public List<RotaEntry> dutyRota() {
		return this.repository.findEnabledByRoles(Set.of(Role.CLINICIAN, Role.STAFF))
			.stream()
			.map((a) -> new RotaEntry(a.getId(), a.getDisplayName(), a.getRoles(), a.getVersion()))
			.toList();
	}

	/** Whether this person is, as of now in the database, on the duty rota. */
	public boolean onDuty(long accountId) {
		return this.repository.findById(accountId)
			.filter(Account::isEnabled)
			.map((a) -> a.getRoles().contains(Role.DUTY)
					&& (a.getRoles().contains(Role.CLINICIAN) || a.getRoles().contains(Role.STAFF)))
			.orElse(false);
	}

	/**
	 * Puts a clinician or staff member on the duty rota or takes them off it. False if
	 * the account changed since the given version was read; "not found" for anyone but
	 * clinicians and staff.
	 */
	@Transactional
	public boolean changeDuty(long accountId, long version, boolean onDuty) {
		Account account = this.repository.findById(accountId)
			.filter((a) -> a.getRoles().contains(Role.CLINICIAN) || a.getRoles().contains(Role.STAFF))
			.orElseThrow(() -> new NotFoundException("Account", accountId));
		if (account.getVersion() != version) {
			return false;
		}
		account.changeDuty(onDuty);
		return true;
	}

	/** A clinician or staff member on the rota page. */
	public record RotaEntry(long id, String displayName, Set<Role> roles, long version) {

		public boolean onDuty() {
			return this.roles.contains(Role.DUTY);
		}

		public boolean clinician() {
			return this.roles.contains(Role.CLINICIAN);
		}

	}

	public boolean isEmpty() {
		return this.repository.count() == 0;
	}

	public boolean anyDemoAccounts() {
		return this.repository.existsByDemoTrue();
	}

	/**
	 * A member's own account, set up from their invitation. The caller checks first that
	 * the email address is free; the unique index refuses a duplicate that slips past.
	 */
	@Transactional
	public AccountSummary createMember(String email, String displayName, String rawPassword) {
		Account account = new Account(email, displayName, this.passwordEncoder.encode(rawPassword), Set.of(Role.MEMBER),
				false, this.clock.instant());
		return this.repository.save(account).summary();
	}

	/** Gives an existing account the member role, when its owner joins a group. */
	@Transactional
	public void makeMember(long accountId) {
		this.repository.findById(accountId).orElseThrow().becomeMember();
	}

	@Transactional
	public AccountSummary createDemoAccount(String email, String displayName, String rawPassword, Set<Role> roles) {
		Account account = new Account(email, displayName, this.passwordEncoder.encode(rawPassword), roles, true,
				this.clock.instant());
		return this.repository.save(account).summary();
	}

}
