package org.followon.calendar;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A person's private calendar feed. The URL's token is never stored, only its hash, so
 * the URL can be shown once and, if lost or shared, replaced.
 */
@Entity
class CalendarFeed {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private String tokenHash;

	private Instant createdAt;

	@Version
	private long version;

	protected CalendarFeed() {
	}

	CalendarFeed(long accountId, String tokenHash, Instant now) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = now;
	}

	/** A new token: the old URL stops working at once. */
	void reset(String tokenHash, Instant now) {
		this.tokenHash = tokenHash;
		this.createdAt = now;
	}

	long getAccountId() {
		return this.accountId;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	long getVersion() {
		return this.version;
	}

}
