package org.followon.handover;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.followon.account.Role;
import org.followon.account.SignedInUser;
import org.followon.group.GroupSummary;
import org.followon.group.Groups;
import org.followon.programme.PmpSummary;
import org.followon.programme.Programmes;
import org.followon.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations for the members of a newly formed group: made at the hand-over, emailed where the
 * person gave an address (otherwise printed on a card), and sent again with a new link and code
 * when lost, expired or not delivered. Only the PMP's clinicians and staff send them again.
 */
@Service
@Transactional(readOnly = true)
class InvitationService {

	/** A new member to invite; without an email address they get a printed card only. */
	record Invitee(long participantId, long membershipId, String knownAs, String email) {
	}

	private final InvitationRepository invitations;

	private final Groups groups;

	private final Programmes programmes;

	private final InvitationMailer mailer;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	InvitationService(InvitationRepository invitations, Groups groups, Programmes programmes, InvitationMailer mailer,
			Clock clock) {
		this.invitations = invitations;
		this.groups = groups;
		this.programmes = programmes;
		this.mailer = mailer;
		this.clock = clock;
	}

	@Transactional
	void invite(long pmpId, long groupId, List<Invitee> invitees, long byAccountId) {
		String groupName = groupNames(pmpId).get(groupId);
		if (groupName == null) {
			throw new IllegalArgumentException("Group " + groupId + " was not formed from PMP " + pmpId);
		}
		Instant now = this.clock.instant();
		List<InvitationMail> mails = new ArrayList<>();
		for (Invitee invitee : invitees) {
			String token = InvitationTokens.newToken(this.random);
			Invitation invitation = this.invitations.save(new Invitation(pmpId, groupId, invitee,
					InvitationTokens.hash(token), newJoinCode(), byAccountId, now));
			mail(invitation, token, groupName).ifPresent(mails::add);
		}
		this.mailer.sendAfterCommit(mails);
	}

	/**
	 * A new link, code and expiry (the old ones stop working), emailed if there is an address.
	 * False if the invitation has already been used, when there is nothing to send.
	 */
	@Transactional
	boolean resend(long invitationId, SignedInUser by) {
		Invitation invitation = this.invitations.findById(invitationId)
			.orElseThrow(() -> new NotFoundException("Invitation", invitationId));
		manageable(invitation.getPmpId(), by);
		Instant now = this.clock.instant();
		if (invitation.status(now) == InvitationStatus.USED) {
			return false;
		}
		String token = InvitationTokens.newToken(this.random);
		invitation.renew(InvitationTokens.hash(token), newJoinCode(), now);
		String groupName = groupNames(invitation.getPmpId()).get(invitation.getGroupId());
		this.mailer.sendAfterCommit(mail(invitation, token, groupName).stream().toList());
		return true;
	}

	/** The PMP's invitations by group and name. The caller checks who may see them. */
	List<InvitationRow> forPmp(long pmpId) {
		Map<Long, String> names = groupNames(pmpId);
		Instant now = this.clock.instant();
		return this.invitations.findByPmpIdOrderByKnownAsAscIdAsc(pmpId)
			.stream()
			.map(i -> new InvitationRow(i.getId(), i.getKnownAs(), i.getGroupId(), names.get(i.getGroupId()),
					i.getEmail() != null, i.status(now), JoinCode.display(i.getJoinCode()),
					LocalDate.ofInstant(i.getExpiresAt(), this.clock.getZone())))
			.sorted(Comparator.comparing(InvitationRow::groupName, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	boolean belongsTo(long invitationId, long pmpId) {
		return this.invitations.findById(invitationId).map(i -> i.getPmpId() == pmpId).orElse(false);
	}

	/** The PMP if this person sees it: its facilitators and staff (404 or 403 otherwise). */
	PmpSummary visible(long pmpId, SignedInUser user) {
		return this.programmes.visiblePmp(pmpId, user);
	}

	/** The PMP if this person may send its invitations again: its clinicians and staff. */
	PmpSummary manageable(long pmpId, SignedInUser user) {
		PmpSummary pmp = visible(pmpId, user);
		if (!user.has(Role.STAFF) && !pmp.clinicianIds().contains(user.accountId())) {
			throw new AccessDeniedException("Not a clinician of this PMP");
		}
		return pmp;
	}

	private Map<Long, String> groupNames(long pmpId) {
		return this.groups.formedFrom(pmpId)
			.stream()
			.collect(Collectors.toMap(GroupSummary::id, GroupSummary::name, (a, b) -> a));
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
