package org.followon.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A request to reset an account's password from an emailed link; only the link's hash is
 * kept.
 */
@Entity
class PasswordReset {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected PasswordReset() {
	}

	PasswordReset(long accountId, String tokenHash, Instant now, Instant expiresAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	Long getId() {
		return this.id;
	}

	long getAccountId() {
		return this.accountId;
	}

	/** Why the link no longer works, or null if it still does. */
	PasswordResetProblem problem(Instant now) {
		if (this.usedAt != null) {
			return PasswordResetProblem.USED;
		}
		return now.isBefore(this.expiresAt) ? null : PasswordResetProblem.EXPIRED;
	}

}
