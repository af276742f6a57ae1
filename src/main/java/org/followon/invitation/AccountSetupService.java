package org.followon.invitation;

import java.time.Clock;
import java.util.Optional;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;
import org.followon.account.SecretTokens;
import org.followon.group.Groups;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an invitation into a member's account: checks the link or code still works,
 * creates the account, links it to the person's membership and marks the invitation used,
 * all at once.
 */
@Service
@Transactional(readOnly = true)
class AccountSetupService {

	private final InvitationRepository invitations;

	private final Accounts accounts;

	private final Groups groups;

	private final Clock clock;

	AccountSetupService(InvitationRepository invitations, Accounts accounts, Groups groups, Clock clock) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.groups = groups;
		this.clock = clock;
	}

	/** The set-up form's details, or the reason the invitation cannot be used. */
	AccountSetupPage open(AccountSetupKey key) {
		Invitation invitation = usable(find(key, false));
		return new AccountSetupPage(invitation.getKnownAs(), this.groups.summary(invitation.getGroupId()).name(),
				invitation.getEmail());
	}

	boolean joinCodeExists(String code) {
		return this.invitations.findByJoinCode(code).isPresent();
	}

	boolean emailInUse(String email) {
		return this.accounts.byEmail(email).isPresent();
	}

	/**
	 * Creates the member's account from a valid form; returns their group's id. Throws
	 * {@link EmailInUseException} if someone took the address since the form was checked.
	 */
	@Transactional
	long setUp(AccountSetupKey key, AccountSetupForm form) {
		Invitation invitation = usable(find(key, true));
		AccountSummary account;
		try {
			account = this.accounts.createMember(form.email(), invitation.getKnownAs(), form.password());
		}
		catch (DataIntegrityViolationException ex) {
			// The accounts' unique index: the account is inserted at once, so it fails
			// here.
			throw new EmailInUseException();
		}
		long groupId = this.groups.attachAccount(invitation.getMembershipId(), account.id());
		invitation.use(account.id(), this.clock.instant());
		return groupId;
	}

	/**
	 * Someone who already has an account joins with it: the invitation's membership
	 * becomes theirs. Refused if they are already in the group, so nobody is listed
	 * twice.
	 */
	@Transactional
	long accept(AccountSetupKey key, long accountId) {
		Invitation invitation = usable(find(key, true));
		if (this.groups.access(invitation.getGroupId(), accountId).member()) {
			throw new InvitationProblemException(InvitationProblem.ALREADY_MEMBER);
		}
		this.accounts.makeMember(accountId);
		long groupId = this.groups.attachAccount(invitation.getMembershipId(), accountId);
		invitation.use(accountId, this.clock.instant());
		return groupId;
	}

	private Optional<Invitation> find(AccountSetupKey key, boolean forUpdate) {
		if (key.token() != null) {
			String hash = SecretTokens.hash(key.token());
			return forUpdate ? this.invitations.findForUpdateByTokenHash(hash) : this.invitations.findByTokenHash(hash);
		}
		if (key.joinCode() != null) {
			return forUpdate ? this.invitations.findForUpdateByJoinCode(key.joinCode())
					: this.invitations.findByJoinCode(key.joinCode());
		}
		return Optional.empty();
	}

	private Invitation usable(Optional<Invitation> found) {
		Invitation invitation = found.orElseThrow(() -> new InvitationProblemException(InvitationProblem.UNKNOWN));
		InvitationStatus status = invitation.status(this.clock.instant());
		if (status == InvitationStatus.USED) {
			throw new InvitationProblemException(InvitationProblem.USED);
		}
		if (status == InvitationStatus.EXPIRED) {
			throw new InvitationProblemException(InvitationProblem.EXPIRED);
		}
		return invitation;
	}

}
