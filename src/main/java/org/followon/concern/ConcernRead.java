package org.followon.concern;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** Someone on the duty rota opened a concern; never changed (the database refuses it). */
@Entity
@Immutable
class ConcernRead {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long concernId;

	private long accountId;

	private Instant readAt;

	protected ConcernRead() {
	}

	ConcernRead(long concernId, long accountId, Instant readAt) {
		this.concernId = concernId;
		this.accountId = accountId;
		this.readAt = readAt;
	}

	long getAccountId() {
		return this.accountId;
	}

	Instant getReadAt() {
		return this.readAt;
	}

}
