package org.followon.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.followon.account.SignedInUser;
import org.followon.group.GroupSummary;
import org.followon.group.Groups;
import org.followon.group.WaitingInvitations;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's coordinators invite someone: the person is added to the group's members
 * without an account and invited as a hand-over invites (an emailed link, or a join code
 * to give them). Only the group's current coordinators and co-coordinators invite, see
 * and send these again; the hand-over's own invitations stay with the PMP's clinicians.
 */
@Service
@Transactional(readOnly = true)
class GroupInvitationService implements WaitingInvitations {

	private final InvitationRepository invitations;

	private final Invitations making;

	private final Groups groups;

	private final Clock clock;

	GroupInvitationService(InvitationRepository invitations, Invitations making, Groups groups, Clock clock) {
		this.invitations = invitations;
		this.making = making;
		this.groups = groups;
		this.clock = clock;
	}

	/**
	 * The group, if this person coordinates it: 404 for no such group, 403 for anyone
	 * else.
	 */
	GroupSummary coordinated(long groupId, SignedInUser user) {
		GroupSummary group = this.groups.summary(groupId);
		if (!this.groups.coordinates(groupId, user.accountId())) {
			throw new AccessDeniedException("Not a coordinator of this group");
		}
		return group;
	}

	/** Adds the person to the group and invites them; returns the invitation's id. */
	@Transactional
	long invite(long groupId, InvitationForm form, SignedInUser by) {
		GroupSummary group = coordinated(groupId, by);
		long membershipId = this.groups.addMember(groupId, form.knownAs());
		return this.making
			.inviteOne(group, new Invitations.Invitee(null, membershipId, form.knownAs(), form.email()), by.accountId())
			.getId();
	}

	/** One of the group's own invitations, as its card shows it. */
	InvitationRow card(long groupId, long invitationId, SignedInUser user) {
		GroupSummary group = coordinated(groupId, user);
		return own(groupId, invitationId).row(group.name(), this.clock.instant(), this.clock.getZone());
	}

	/**
	 * A new link, code and expiry, if nobody has changed the invitation since the page
	 * showing this version (409 otherwise). False if it has been used meanwhile.
	 */
	@Transactional
	boolean resend(long groupId, long invitationId, Long version, SignedInUser by) {
		coordinated(groupId, by);
		Invitation invitation = own(groupId, invitationId);
		if (!Objects.equals(version, invitation.getVersion())) {
			throw new EditClashException("/groups/" + groupId);
		}
		return this.making.renew(invitation);
	}

	@Override
	public List<Waiting> of(long groupId) {
		Instant now = this.clock.instant();
		return this.invitations.findByGroupIdAndPmpIdIsNullAndUsedAtIsNullOrderByKnownAsAscIdAsc(groupId)
			.stream()
			.map((i) -> waiting(i.row(null, now, this.clock.getZone()), i.getVersion()))
			.toList();
	}

	private static Waiting waiting(InvitationRow row, long version) {
		return new Waiting(row.id(), row.knownAs(), row.hasEmail(), "InvitationStatus." + row.status().name(),
				row.expiresOn(), version);
	}

	private Invitation own(long groupId, long invitationId) {
		return this.invitations.findById(invitationId)
			.filter((i) -> i.getGroupId() == groupId && i.getPmpId() == null)
			.orElseThrow(() -> new NotFoundException("Invitation", invitationId));
	}

}
