package org.followon.concern;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.followon.system.FollowOnSettings;
import org.followon.system.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The emails to the duty inbox. They hold how soon the concern needs a response and a
 * link to it, nothing else: no name, no group, no words from the concern, which is read
 * in the app after signing in. A failed send is logged with the concern's id only and
 * tried again by {@link ConcernJob}; a sent one is recorded on the concern and in its
 * history.
 */
@Component
class ConcernMails {

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final ConcernEventRepository events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String inbox;

	private final String baseUrl;

	ConcernMails(OutgoingMail mail, MessageSource messages, JdbcClient jdbc, ConcernEventRepository events,
			PlatformTransactionManager transactions, Clock clock, ConcernSettings settings, FollowOnSettings shared) {
		this.mail = mail;
		this.messages = messages;
		this.jdbc = jdbc;
		this.events = events;
		// Its own transaction: after the concern's commit, the finished one must not be
		// joined.
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.inbox = settings.dutyInbox();
		this.baseUrl = shared.baseUrl();
	}

	/**
	 * The first alert, once the new concern is committed (it must exist before anyone is
	 * told). Nothing that goes wrong here may reach the person raising it: the concern is
	 * saved, and an error now would tell them it was not sent. The job sends any alert
	 * not recorded as sent.
	 */
	void firstAlertAfterCommit(long concernId, Urgency urgency) {
		String code = "concern.alert";
		Object[] args = args(concernId, urgency);
		this.mail.sendAfterCommit(this.inbox, text(code + ".subject", args), text(code + ".body", args),
				what(concernId, code), (sent) -> {
					if (sent) {
						recordFirst(concernId);
					}
				});
	}

	/**
	 * Sends the first alert and records it; false if it could not be sent (the job tries
	 * again).
	 */
	boolean sendFirst(long concernId, Urgency urgency) {
		if (!send(concernId, urgency, "concern.alert")) {
			return false;
		}
		recordFirst(concernId);
		return true;
	}

	private void recordFirst(long concernId) {
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult((tx) -> {
			if (this.jdbc.sql("update concern set alert_sent_at = ? where id = ? and alert_sent_at is null")
				.params(Timestamp.from(now), concernId)
				.update() == 1) {
				this.events.save(new ConcernEvent(concernId, EventKind.ALERT_SENT, now, null, null));
			}
		});
	}

	/** Sends the second alert; false if it could not be sent. */
	boolean sendSecond(long concernId, Urgency urgency) {
		return send(concernId, urgency, "concern.secondAlert");
	}

	private boolean send(long concernId, Urgency urgency, String code) {
		Object[] args = args(concernId, urgency);
		return this.mail.trySend(this.inbox, text(code + ".subject", args), text(code + ".body", args),
				what(concernId, code));
	}

	private Object[] args(long concernId, Urgency urgency) {
		return new Object[] { text("concern.alert.urgency." + urgency.name()),
				this.baseUrl + "/concerns/" + concernId };
	}

	private static String what(long concernId, String code) {
		return "Alert " + code + " for concern " + concernId;
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.UK);
	}

}
