package org.followon.invitation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An invitation for one member of a group to set up their account, by an emailed
 * single-use link or a join code on a printed card. Made at a hand-over (with its PMP and
 * participant) or by the group's coordinators (without). Sending it again replaces both,
 * so the old ones stop working.
 */
@Entity
class Invitation {

	static final Duration VALID_FOR = Duration.ofDays(14);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long pmpId;

	private Long groupId;

	private Long membershipId;

	private Long participantId;

	private String knownAs;

	private String email;

	private String tokenHash;

	private String joinCode;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant sentAt;

	private Instant usedAt;

	private Long accountId;

	private Long createdBy;

	@Version
	private long version;

	protected Invitation() {
	}

	Invitation(Long pmpId, long groupId, Invitations.Invitee invitee, String tokenHash, String joinCode, long createdBy,
			Instant now) {
		this.pmpId = pmpId;
		this.groupId = groupId;
		this.membershipId = invitee.membershipId();
		this.participantId = invitee.participantId();
		this.knownAs = invitee.knownAs();
		this.email = invitee.email();
		this.createdBy = createdBy;
		this.createdAt = now;
		renew(tokenHash, joinCode, now);
	}

	/** A new link and code, valid for another 14 days; the old ones stop working. */
	void renew(String tokenHash, String joinCode, Instant now) {
		this.tokenHash = tokenHash;
		this.joinCode = joinCode;
		this.expiresAt = now.plus(VALID_FOR);
		this.sentAt = null;
	}

	void use(long accountId, Instant now) {
		this.accountId = accountId;
		this.usedAt = now;
	}

	InvitationStatus status(Instant now) {
		if (this.usedAt != null) {
			return InvitationStatus.USED;
		}
		if (!now.isBefore(this.expiresAt)) {
			return InvitationStatus.EXPIRED;
		}
		if (this.email == null) {
			return InvitationStatus.PRINTED_CARD;
		}
		return this.sentAt != null ? InvitationStatus.SENT : InvitationStatus.NOT_SENT;
	}

	/** As a list or a card shows it; the join code as XXXX-XXXX. */
	InvitationRow row(String groupName, Instant now, ZoneId zone) {
		return new InvitationRow(this.id, this.knownAs, this.groupId, groupName, this.email != null, status(now),
				JoinCode.display(this.joinCode), LocalDate.ofInstant(this.expiresAt, zone));
	}

	Long getId() {
		return this.id;
	}

	Long getPmpId() {
		return this.pmpId;
	}

	Long getGroupId() {
		return this.groupId;
	}

	Long getMembershipId() {
		return this.membershipId;
	}

	String getKnownAs() {
		return this.knownAs;
	}

	String getEmail() {
		return this.email;
	}

	String getTokenHash() {
		return this.tokenHash;
	}

	String getJoinCode() {
		return this.joinCode;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	long getVersion() {
		return this.version;
	}

}
