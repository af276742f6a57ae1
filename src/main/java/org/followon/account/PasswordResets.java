package org.followon.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resetting a forgotten password through a single-use emailed link that works for 30
 * minutes. An address without an account gets no email, and the person asking sees no
 * difference.
 */
@Service
@Transactional(readOnly = true)
class PasswordResets {

	static final Duration EXPIRY = Duration.ofMinutes(30);

	private final PasswordResetRepository resets;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccountMails mail;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	PasswordResets(PasswordResetRepository resets, AccountRepository accounts, PasswordEncoder passwordEncoder,
			AccountMails mail, Clock clock) {
		this.resets = resets;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.mail = mail;
		this.clock = clock;
	}

	@Transactional
	void request(String email) {
		this.accounts.findByEmailIgnoreCase(email).filter(Account::isEnabled).ifPresent((account) -> {
			String token = SecretTokens.newToken(this.random);
			Instant now = this.clock.instant();
			this.resets.save(new PasswordReset(account.getId(), SecretTokens.hash(token), now, now.plus(EXPIRY)));
			String to = account.getEmail();
			String link = this.mail.link("/password/reset/" + token);
			// Sent once the link is stored: a rolled-back request sends nothing.
			this.mail.send(to, "passwordReset.mail", link);
		});
	}

	/** Throws {@link PasswordResetProblemException} unless the link still works. */
	void check(String token) {
		open(token);
	}

	@Transactional
	void reset(String token, String rawPassword) {
		PasswordReset reset = open(token);
		Instant now = this.clock.instant();
		if (this.resets.use(reset.getId(), now) == 0) {
			throw new PasswordResetProblemException(PasswordResetProblem.USED);
		}
		this.resets.useAllFor(reset.getAccountId(), now);
		this.accounts.findById(reset.getAccountId())
			.orElseThrow(() -> new PasswordResetProblemException(PasswordResetProblem.UNKNOWN))
			.changePassword(this.passwordEncoder.encode(rawPassword));
	}

	private PasswordReset open(String token) {
		PasswordReset reset = this.resets.findByTokenHash(SecretTokens.hash(token))
			.orElseThrow(() -> new PasswordResetProblemException(PasswordResetProblem.UNKNOWN));
		PasswordResetProblem problem = reset.problem(this.clock.instant());
		if (problem != null) {
			throw new PasswordResetProblemException(problem);
		}
		return reset;
	}

}
