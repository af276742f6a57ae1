package org.followon.invitation;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails invitations once the transaction that made them has committed, so a hand-over
 * that fails sends nothing, and a mail server that is down cannot undo a hand-over: the
 * invitation then shows as not sent and the clinician can send it again. We register the
 * work with the transaction directly rather than publish an event, because an event
 * registry could persist the link's token, which must never be stored.
 */
@Component
class InvitationMailer {

	private static final Log log = LogFactory.getLog(InvitationMailer.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final InvitationRepository invitations;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	private final String baseUrl;

	private final String from;

	InvitationMailer(JavaMailSender sender, MessageSource messages, InvitationRepository invitations,
			PlatformTransactionManager transactions, Clock clock, @Value("${followon.base-url}") String baseUrl,
			@Value("${followon.mail.from}") String from) {
		this.sender = sender;
		this.messages = messages;
		this.invitations = invitations;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.from = from;
	}

	/** Sends these after the current transaction commits; nothing if it rolls back. */
	void sendAfterCommit(List<InvitationMail> mails) {
		if (mails.isEmpty()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				mails.forEach(InvitationMailer.this::send);
			}
		});
	}

	void send(InvitationMail mail) {
		try {
			this.sender.send(message(mail));
		}
		catch (RuntimeException ex) {
			// Only the class: a mail exception's message can contain the address.
			log.warn("Invitation " + mail.invitationId() + " was not sent (" + ex.getClass().getName()
					+ "); it shows as not sent so that it can be sent again");
			return;
		}
		try {
			// The hand-over's transaction has ended; recording the sending needs one of
			// its own.
			this.newTransaction.executeWithoutResult(
					(status) -> this.invitations.markSent(mail.invitationId(), mail.tokenHash(), this.clock.instant()));
		}
		catch (RuntimeException ex) {
			log.warn("Invitation " + mail.invitationId() + " was sent but could not be recorded as sent ("
					+ ex.getClass().getName() + ")");
		}
	}

	private SimpleMailMessage message(InvitationMail mail) {
		String organisation = text("service.organisation");
		String expires = DateTimeFormatter.ofPattern(text("date.format"), Locale.UK)
			.format(mail.expiresAt().atZone(this.clock.getZone()));
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(mail.to());
		message.setSubject(text("invitation.mail.subject", mail.groupName()));
		message.setText(String.join("\n\n", text("invitation.mail.greeting", mail.knownAs()),
				text("invitation.mail.invited", organisation, mail.groupName()), text("invitation.mail.link"),
				this.baseUrl + "/invitations/" + mail.token(), text("invitation.mail.expiry", expires),
				text("invitation.mail.code", JoinCode.address(this.baseUrl), JoinCode.display(mail.joinCode())),
				text("invitation.mail.ignore"), text("invitation.mail.urgent"),
				text("invitation.mail.signOff", organisation)) + "\n");
		return message;
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.UK);
	}

}
