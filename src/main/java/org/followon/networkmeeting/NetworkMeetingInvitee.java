package org.followon.networkmeeting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * One person invited to a network meeting, with the state of their email and their
 * answer. Their link's token is never stored, only its hash; sending again makes a new
 * link.
 */
@Entity
class NetworkMeetingInvitee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long networkMeetingId;

	private String email;

	private String knownAs;

	private String tokenHash;

	@Enumerated(EnumType.STRING)
	private NetworkMeetingInviteStatus status;

	private Instant sentAt;

	@Enumerated(EnumType.STRING)
	private NetworkMeetingAnswer answer;

	private Instant answeredAt;

	private Instant createdAt;

	@Version
	private long version;

	protected NetworkMeetingInvitee() {
	}

	NetworkMeetingInvitee(long networkMeetingId, NetworkMeetingAudience.Person person, String tokenHash, Instant now) {
		this.networkMeetingId = networkMeetingId;
		this.email = person.email();
		this.knownAs = person.knownAs();
		this.tokenHash = tokenHash;
		this.status = NetworkMeetingInviteStatus.WAITING;
		this.createdAt = now;
	}

	/** A new link for sending again; the old one stops working. */
	void newLink(String tokenHash) {
		this.tokenHash = tokenHash;
		this.status = NetworkMeetingInviteStatus.WAITING;
	}

	void answer(NetworkMeetingAnswer answer, Instant now) {
		this.answer = answer;
		this.answeredAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getNetworkMeetingId() {
		return this.networkMeetingId;
	}

	String getEmail() {
		return this.email;
	}

	String getKnownAs() {
		return this.knownAs;
	}

	String getTokenHash() {
		return this.tokenHash;
	}

	NetworkMeetingInviteStatus getStatus() {
		return this.status;
	}

	NetworkMeetingAnswer getAnswer() {
		return this.answer;
	}

}
