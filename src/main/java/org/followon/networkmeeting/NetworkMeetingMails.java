package org.followon.networkmeeting;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.followon.system.FollowOnSettings;
import org.followon.system.OutgoingMail;
import org.followon.system.TimeInput;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails network-meeting invitations and cancellations once the change that made them has
 * committed. Each invitation's state is recorded (sent, or not sent) so that staff see it
 * and can send again; a failure is logged with the invitee's id only, never an address or
 * name.
 */
@Component
class NetworkMeetingMails {

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final NetworkMeetingInviteeRepository invitees;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	private final String baseUrl;

	NetworkMeetingMails(OutgoingMail mail, MessageSource messages, NetworkMeetingInviteeRepository invitees,
			PlatformTransactionManager transactions, Clock clock, FollowOnSettings settings) {
		this.mail = mail;
		this.messages = messages;
		this.invitees = invitees;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.baseUrl = settings.baseUrl();
	}

	/** An invitation to send: it holds the link's token, which is never stored. */
	record Invitation(long inviteeId, String tokenHash, String to, String knownAs, String token) {

		@Override
		public String toString() {
			return "Invitation[" + this.inviteeId + "]";
		}

	}

	void inviteAfterCommit(NetworkMeetingDetails meeting, List<Invitation> invitations) {
		invitations.forEach((i) -> invite(meeting, i));
	}

	void cancelledAfterCommit(NetworkMeetingDetails meeting, List<String> addresses) {
		String subject = text("networkMeeting.mail.cancelled.subject", meeting.title());
		String body = text("networkMeeting.mail.cancelled.body", meeting.title(), date(meeting),
				time(meeting.startsAt()), text("service.organisation"));
		addresses.forEach((to) -> this.mail.sendAfterCommit(to, subject, body, "A network meeting cancellation"));
	}

	private void invite(NetworkMeetingDetails meeting, Invitation invitation) {
		// The invitee's id only: never an address or a name in a log line.
		String what = "Network meeting invitation " + invitation.inviteeId();
		this.mail.sendAfterCommit(invitation.to(), text("networkMeeting.mail.subject", meeting.title(), date(meeting)),
				body(meeting, invitation), what, (sent) -> {
					NetworkMeetingInviteStatus outcome = sent ? NetworkMeetingInviteStatus.SENT
							: NetworkMeetingInviteStatus.NOT_SENT;
					// The change's transaction has ended; recording needs one of its own.
					this.newTransaction.executeWithoutResult((s) -> this.invitees.recordSending(invitation.inviteeId(),
							invitation.tokenHash(), outcome, sent ? this.clock.instant() : null));
				});
	}

	private String body(NetworkMeetingDetails meeting, Invitation invitation) {
		String where = String.join(", ",
				Stream.of(meeting.venueName(), meeting.address(), meeting.link())
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

	private String date(NetworkMeetingDetails meeting) {
		return DateTimeFormatter.ofPattern(text("date.format"), Locale.UK).format(meeting.on());
	}

	private static String time(LocalTime time) {
		return TimeInput.format(time);
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.UK);
	}

}
