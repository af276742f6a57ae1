package org.followon.group;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A person's place in a group, with what they agreed to share with the other members. */
@Entity
class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long groupId;

	private Long participantId;

	private Long accountId;

	private String knownAs;

	private String email;

	private String mobile;

	private boolean shareEmail;

	private boolean shareMobile;

	@Enumerated(EnumType.STRING)
	private MembershipRole role;

	private String namedRole;

	private LocalDate joinedOn;

	private LocalDate leftOn;

	@Enumerated(EnumType.STRING)
	private LeavingReason leftReason;

	private String leftReasonOther;

	private boolean lapsed;

	private boolean networkInvites;

	@Version
	private long version;

	protected Membership() {
	}

	Membership(long groupId, NewGroup.NewMember member, LocalDate today) {
		this.groupId = groupId;
		this.participantId = member.participantId();
		this.knownAs = member.knownAs();
		this.email = member.email();
		this.mobile = member.mobile();
		this.shareEmail = member.shareEmail();
		this.shareMobile = member.shareMobile();
		this.role = member.role();
		this.namedRole = member.namedRole();
		this.networkInvites = member.networkInvites();
		this.joinedOn = today;
	}

	Long getId() {
		return this.id;
	}

	Long getGroupId() {
		return this.groupId;
	}

	Long getParticipantId() {
		return this.participantId;
	}

	Long getAccountId() {
		return this.accountId;
	}

	MembershipRole getRole() {
		return this.role;
	}

	boolean isCurrent() {
		return this.leftOn == null;
	}

	/**
	 * Someone who joined later, at their own request or added by a coordinator without an
	 * account (accountId null): they share nothing until they choose to.
	 */
	Membership(long groupId, Long accountId, String knownAs, LocalDate today) {
		this.groupId = groupId;
		this.accountId = accountId;
		this.knownAs = knownAs;
		this.role = MembershipRole.MEMBER;
		this.joinedOn = today;
	}

	boolean isShareEmail() {
		return this.shareEmail;
	}

	boolean isShareMobile() {
		return this.shareMobile;
	}

	String getEmail() {
		return this.email;
	}

	String getMobile() {
		return this.mobile;
	}

	long getVersion() {
		return this.version;
	}

	boolean isNetworkInvites() {
		return this.networkInvites;
	}

	/**
	 * The member's own choice of what fellow members may see, and whether the service may
	 * invite them to the network meetings; it applies from the next page view or
	 * invitation.
	 */
	void changeSharing(boolean shareEmail, boolean shareMobile, boolean networkInvites) {
		this.shareEmail = shareEmail;
		this.shareMobile = shareMobile;
		this.networkInvites = networkInvites;
	}

	/**
	 * Leaves the group. The membership stays, for the network's history; from now on the
	 * member is not listed and their contact details are shown to nobody.
	 */
	void leave(LocalDate today, LeavingReason reason, String other) {
		this.leftOn = today;
		this.leftReason = reason;
		this.leftReasonOther = reason == LeavingReason.OTHER ? other : null;
	}

	/**
	 * A coordinator records that this member has stopped coming; like leaving, but said
	 * by others.
	 */
	void lapse(LocalDate today, LeavingReason reason) {
		leave(today, reason, null);
		this.lapsed = true;
	}

	void stepDown() {
		this.role = MembershipRole.MEMBER;
	}

	void takeOverCoordination() {
		this.role = MembershipRole.COORDINATOR;
	}

	String getKnownAs() {
		return this.knownAs;
	}

	void attachAccount(long accountId) {
		this.accountId = accountId;
	}

	/**
	 * One line of the contact sheet: the details this member agreed to share, and no
	 * others.
	 */
	ContactLine contactLine() {
		return new ContactLine(this.knownAs, this.shareEmail ? this.email : null, this.shareMobile ? this.mobile : null,
				this.role, this.namedRole);
	}

}
