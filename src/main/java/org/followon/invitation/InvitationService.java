package org.followon.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * A PMP's invitations, made at its hand-over: the list its facilitators and staff see,
 * and sending one again when lost, expired or not delivered. Only the PMP's clinicians
 * and staff send them again.
 */
@Service
@Transactional(readOnly = true)
class InvitationService {

	private final InvitationRepository invitations;

	private final Invitations making;

	private final Groups groups;

	private final Programmes programmes;

	private final Clock clock;

	InvitationService(InvitationRepository invitations, Invitations making, Groups groups, Programmes programmes,
			Clock clock) {
		this.invitations = invitations;
		this.making = making;
		this.groups = groups;
		this.programmes = programmes;
		this.clock = clock;
	}

	/**
	 * A new link, code and expiry (the old ones stop working), emailed if there is an
	 * address. False if the invitation has already been used, when there is nothing to
	 * send.
	 */
	@Transactional
	boolean resend(long invitationId, SignedInUser by) {
		// A group's own invitations have no PMP: its coordinators send those again.
		Invitation invitation = this.invitations.findById(invitationId)
			.filter((i) -> i.getPmpId() != null)
			.orElseThrow(() -> new NotFoundException("Invitation", invitationId));
		manageable(invitation.getPmpId(), by);
		return this.making.renew(invitation);
	}

	/** The PMP's invitations by group and name. The caller checks who may see them. */
	List<InvitationRow> forPmp(long pmpId) {
		Map<Long, String> names = this.groups.formedFrom(pmpId)
			.stream()
			.collect(Collectors.toMap(GroupSummary::id, GroupSummary::name, (a, b) -> a));
		Instant now = this.clock.instant();
		return this.invitations.findByPmpIdOrderByKnownAsAscIdAsc(pmpId)
			.stream()
			.map((i) -> i.row(names.get(i.getGroupId()), now, this.clock.getZone()))
			.sorted(Comparator.comparing(InvitationRow::groupName, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	boolean belongsTo(long invitationId, long pmpId) {
		return this.invitations.findById(invitationId).map((i) -> Objects.equals(i.getPmpId(), pmpId)).orElse(false);
	}

	/**
	 * The PMP if this person sees it: its facilitators and staff (404 or 403 otherwise).
	 */
	PmpSummary visible(long pmpId, SignedInUser user) {
		return this.programmes.visiblePmp(pmpId, user);
	}

	/**
	 * The PMP if this person may send its invitations again: its clinicians and staff.
	 */
	PmpSummary manageable(long pmpId, SignedInUser user) {
		PmpSummary pmp = visible(pmpId, user);
		if (!user.has(Role.STAFF) && !pmp.clinicianIds().contains(user.accountId())) {
			throw new AccessDeniedException("Not a clinician of this PMP");
		}
		return pmp;
	}

}
