package org.followon.concern;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/**
 * One line of a concern's history; never changed (the database refuses updates and
 * deletes).
 */
@Entity
@Immutable
class ConcernEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long concernId;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	private Instant at;

	/** Null for the app itself. */
	private Long accountId;

	private String note;

	protected ConcernEvent() {
	}

	ConcernEvent(long concernId, EventKind kind, Instant at, Long accountId, String note) {
		this.concernId = concernId;
		this.kind = kind;
		this.at = at;
		this.accountId = accountId;
		this.note = note;
	}

	EventKind getKind() {
		return this.kind;
	}

	Instant getAt() {
		return this.at;
	}

	Long getAccountId() {
		return this.accountId;
	}

	String getNote() {
		return this.note;
	}

}
