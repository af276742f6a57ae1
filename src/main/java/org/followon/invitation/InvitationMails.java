package org.followon.invitation;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.followon.system.FollowOnSettings;
import org.followon.system.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails invitations once the transaction that made them has committed, so a hand-over
 * that fails sends nothing, and a mail server that is down cannot undo a hand-over: the
 * invitation then shows as not sent and the clinician can send it again. Sent through
 * {@link OutgoingMail}, which registers with the transaction directly rather than
 * publishing an event, because an event registry could persist the link's token, which
 * must never be stored.
 */
@Component
class InvitationMails {

	private final OutgoingMail outgoing;

	private final MessageSource messages;

	private final InvitationRepository invitations;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	private final String baseUrl;

	InvitationMails(OutgoingMail outgoing, MessageSource messages, InvitationRepository invitations,
			PlatformTransactionManager transactions, Clock clock, FollowOnSettings settings) {
		this.outgoing = outgoing;
		this.messages = messages;
		this.invitations = invitations;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.baseUrl = settings.baseUrl();
	}

	/** Sends these after the current transaction commits; nothing if it rolls back. */
	void sendAfterCommit(List<InvitationMail> mails) {
		mails.forEach(this::send);
	}

	/**
	 * Sends this after the current transaction commits (at once without one) and records
	 * it as sent; one that fails stays not sent, to be sent again.
	 */
	void send(InvitationMail mail) {
		// Only the id: a log line must never hold the address, the name or the token.
		this.outgoing.sendAfterCommit(mail.to(), text("invitation.mail.subject", mail.groupName()), body(mail),
				"Invitation " + mail.invitationId(), (sent) -> {
					if (sent) {
						// The hand-over's transaction has ended; recording the sending
						// needs one of its own.
						this.newTransaction.executeWithoutResult((status) -> this.invitations
							.markSent(mail.invitationId(), mail.tokenHash(), this.clock.instant()));
					}
				});
	}

	private String body(InvitationMail mail) {
		String organisation = text("service.organisation");
		String expires = DateTimeFormatter.ofPattern(text("date.format"), Locale.UK)
			.format(mail.expiresAt().atZone(this.clock.getZone()));
		return String.join("\n\n", text("invitation.mail.greeting", mail.knownAs()),
				text("invitation.mail.invited", organisation, mail.groupName()), text("invitation.mail.link"),
				this.baseUrl + "/invitations/" + mail.token(), text("invitation.mail.expiry", expires),
				text("invitation.mail.code", JoinCode.address(this.baseUrl), JoinCode.display(mail.joinCode())),
				text("invitation.mail.ignore"), text("invitation.mail.urgent"),
				text("invitation.mail.signOff", organisation)) + "\n";
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.UK);
	}

}
