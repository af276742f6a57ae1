package org.followon.networkmeeting;

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
 * Emails network-meeting invitations and cancellations once the change that made them has
 * committed. Each invitation's state is recorded (sent, or not sent) so that staff see it
 * and can send again; a failure is logged with the invitee's id only, never an address or
 * name.
 */
@Component
class NetworkMeetingMailer {

	private static final Log log = LogFactory.getLog(NetworkMeetingMailer.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final NetworkMeetingInviteeRepository invitees;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	private final String baseUrl;

	private final String from;

	NetworkMeetingMailer(JavaMailSender sender, MessageSource messages, NetworkMeetingInviteeRepository invitees,
			PlatformTransactionManager transactions, Clock clock, @Value("${followon.base-url}") String baseUrl,
			@Value("${followon.mail.from}") String from) {
		this.sender = sender;
		this.messages = messages;
		this.invitees = invitees;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.from = from;
	}

	/** An invitation to send: it holds the link's token, which is never stored. */
	record Invitation(long inviteeId, String tokenHash, String to, String knownAs, String token) {

		@Override
		public String toString() {
			return "Invitation[" + this.inviteeId + "]";
		}

	}

	void inviteAfterCommit(NetworkMeetingDetails meeting, List<Invitation> invitations) {
		afterCommit(() -> invitations.forEach((i) -> invite(meeting, i)));
	}

	void cancelledAfterCommit(NetworkMeetingDetails meeting, List<String> addresses) {
		afterCommit(() -> addresses.forEach((to) -> {
			try {
				this.sender.send(mail(to, text("networkMeeting.mail.cancelled.subject", meeting.title()),
						text("networkMeeting.mail.cancelled.body", meeting.title(), date(meeting),
								time(meeting.startsAt()), text("service.organisation"))));
			}
			catch (RuntimeException ex) {
				log.warn("A network meeting cancellation was not sent (" + ex.getClass().getName() + ")");
			}
		}));
	}

	private static void afterCommit(Runnable work) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				work.run();
			}
		});
	}

	private void invite(NetworkMeetingDetails meeting, Invitation invitation) {
		NetworkMeetingInviteStatus status = NetworkMeetingInviteStatus.SENT;
		try {
			this.sender.send(mail(invitation.to(), text("networkMeeting.mail.subject", meeting.title(), date(meeting)),
					body(meeting, invitation)));
		}
		catch (RuntimeException ex) {
			// Only the class: a mail exception's message can contain the address.
			log.warn("Network meeting invitation " + invitation.inviteeId() + " was not sent ("
					+ ex.getClass().getName() + "); it shows as not sent so that it can be sent again");
			status = NetworkMeetingInviteStatus.NOT_SENT;
		}
		NetworkMeetingInviteStatus outcome = status;
		try {
			this.newTransaction
				.executeWithoutResult((s) -> this.invitees.recordSending(invitation.inviteeId(), invitation.tokenHash(),
						outcome, outcome == NetworkMeetingInviteStatus.SENT ? this.clock.instant() : null));
		}
		catch (RuntimeException ex) {
			log.warn("Network meeting invitation " + invitation.inviteeId() + " could not be recorded ("
					+ ex.getClass().getName() + ")");
		}
	}

	private String body(NetworkMeetingDetails meeting, Invitation invitation) {
		String where = String.join(", ",
				java.util.stream.Stream.of(meeting.venueName(), meeting.address(), meeting.link())
					.filter((s) -> s != null && !s.isBlank())
					.toList());
		String organisation = text("service.organisation");
		return String.join("\n\n", text("networkMeeting.mail.greeting", invitation.knownAs()),
				text("networkMeeting.mail.invited", organisation, meeting.title()), meeting.purpose(),
				text("networkMeeting.mail.when", date(meeting), time(meeting.startsAt()), time(meeting.endsAt())),
				text("networkMeeting.mail.where", where), text("networkMeeting.mail.answer"),
				this.baseUrl + "/network/rsvp/" + invitation.token(), text("networkMeeting.mail.stop"),
				text("networkMeeting.mail.urgent"), text("networkMeeting.mail.signOff", organisation)) + "\n";
	}

	private SimpleMailMessage mail(String to, String subject, String body) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		return message;
	}

	private String date(NetworkMeetingDetails meeting) {
		return DateTimeFormatter.ofPattern(text("date.format"), Locale.UK).format(meeting.on());
	}

	private static String time(java.time.LocalTime time) {
		return org.followon.system.TimeInput.format(time);
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.UK);
	}

}
