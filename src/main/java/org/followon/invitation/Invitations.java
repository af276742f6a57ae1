package org.followon.invitation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.followon.account.SecretTokens;
import org.followon.group.GroupSummary;
import org.followon.group.Groups;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitation module's public face: invites the members of a group formed at a
 * hand-over. Making an invitation and sending it again happen here, once, whether a
 * hand-over or a group's coordinators invite.
 */
@Service
@Transactional(readOnly = true)
public class Invitations {

	/**
	 * A new member to invite; without an email address they get a printed card only. The
	 * participant is null for someone a group's coordinators invite.
	 */
	public record Invitee(Long participantId, long membershipId, String knownAs, String email) {
	}

	private final InvitationRepository invitations;

	private final Groups groups;

	private final InvitationMails mailer;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Invitations(InvitationRepository invitations, Groups groups, InvitationMails mailer, Clock clock) {
		this.invitations = invitations;
		this.groups = groups;
		this.mailer = mailer;
		this.clock = clock;
	}

	/**
	 * Invites each new member of a group just formed from this PMP; emails go after the
	 * commit.
	 */
	@Transactional
	public void invite(long pmpId, long groupId, List<Invitee> invitees, long byAccountId) {
		GroupSummary group = this.groups.formedFrom(pmpId)
			.stream()
			.filter((g) -> g.id() == groupId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Group " + groupId + " was not formed from PMP " + pmpId));
		make(pmpId, group, invitees, byAccountId);
	}

	/** Invites one person to a group outside any hand-over, as its coordinators do. */
	@Transactional
	Invitation inviteOne(GroupSummary group, Invitee invitee, long byAccountId) {
		return make(null, group, List.of(invitee), byAccountId).get(0);
	}

	private List<Invitation> make(Long pmpId, GroupSummary group, List<Invitee> invitees, long byAccountId) {
		Instant now = this.clock.instant();
		List<Invitation> made = new ArrayList<>();
		List<InvitationMail> mails = new ArrayList<>();
		for (Invitee invitee : invitees) {
			String token = SecretTokens.newToken(this.random);
			Invitation invitation = this.invitations.save(new Invitation(pmpId, group.id(), invitee,
					SecretTokens.hash(token), newJoinCode(), byAccountId, now));
			made.add(invitation);
			mail(invitation, token, group.name()).ifPresent(mails::add);
		}
		this.mailer.sendAfterCommit(mails);
		return made;
	}

	/**
	 * A new link, code and expiry (the old ones stop working), emailed if there is an
	 * address. False if the invitation has already been used, when there is nothing to
	 * send. The caller checks who may do this.
	 */
	@Transactional
	boolean renew(Invitation invitation) {
		Instant now = this.clock.instant();
		if (invitation.status(now) == InvitationStatus.USED) {
			return false;
		}
		String token = SecretTokens.newToken(this.random);
		invitation.renew(SecretTokens.hash(token), newJoinCode(), now);
		String groupName = this.groups.summary(invitation.getGroupId()).name();
		this.mailer.sendAfterCommit(mail(invitation, token, groupName).stream().toList());
		return true;
	}

	private Optional<InvitationMail> mail(Invitation invitation, String token, String groupName) {
		if (invitation.getEmail() == null) {
			return Optional.empty();
		}
		return Optional.of(new InvitationMail(invitation.getId(), invitation.getTokenHash(), invitation.getEmail(),
				invitation.getKnownAs(), groupName, token, invitation.getJoinCode(), invitation.getExpiresAt()));
	}

	private String newJoinCode() {
		// About 40 bits: a clash is very unlikely, but the column is unique, so check.
		for (int attempt = 0; attempt < 5; attempt++) {
			String code = JoinCode.generate(this.random);
			if (!this.invitations.existsByJoinCode(code)) {
				return code;
			}
		}
		throw new IllegalStateException("Could not find an unused join code");
	}

}
