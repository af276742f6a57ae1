package org.followon.joinrequest;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.followon.group.RequestsToJoin;

/**
 * Someone asking to join a group open to new members; its coordinators accept or decline.
 */
@Entity
class JoinRequest {

	enum Status {

		PENDING, ACCEPTED, DECLINED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long groupId;

	private Long accountId;

	private String knownAs;

	private String message;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant createdAt;

	private Instant decidedAt;

	private Long decidedBy;

	@Version
	private long version;

	protected JoinRequest() {
	}

	JoinRequest(long groupId, long accountId, String knownAs, String message, Instant now) {
		this.groupId = groupId;
		this.accountId = accountId;
		this.knownAs = knownAs;
		this.message = message;
		this.status = Status.PENDING;
		this.createdAt = now;
	}

	void decide(boolean accept, long byAccountId, Instant now) {
		if (this.status != Status.PENDING) {
			throw new IllegalStateException("Already decided");
		}
		this.status = accept ? Status.ACCEPTED : Status.DECLINED;
		this.decidedBy = byAccountId;
		this.decidedAt = now;
	}

	Long getId() {
		return this.id;
	}

	Long getGroupId() {
		return this.groupId;
	}

	Long getAccountId() {
		return this.accountId;
	}

	String getKnownAs() {
		return this.knownAs;
	}

	Status getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

	/** As the group page lists it for the coordinators to answer. */
	RequestsToJoin.Waiting waiting() {
		return new RequestsToJoin.Waiting(this.id, this.knownAs, this.message, this.version);
	}

}
