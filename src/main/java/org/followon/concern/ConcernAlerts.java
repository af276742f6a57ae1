package org.followon.concern;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The emails to the duty inbox. They hold how soon the concern needs a response and a
 * link to it, nothing else: no name, no group, no words from the concern, which is read
 * in the app after signing in. A failed send is logged with the concern's id only and
 * tried again by {@link ConcernJob}; a sent one is recorded on the concern and in its
 * history.
 */
@Component
class ConcernAlerts {

	private static final Log log = LogFactory.getLog(ConcernAlerts.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final ConcernEventRepository events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String inbox;

	private final String from;

	private final String baseUrl;

	ConcernAlerts(JavaMailSender sender, MessageSource messages, JdbcClient jdbc, ConcernEventRepository events,
			PlatformTransactionManager transactions, Clock clock, ConcernSettings settings,
			@Value("${followon.mail.from}") String from, @Value("${followon.base-url}") String baseUrl) {
		this.sender = sender;
		this.messages = messages;
		this.jdbc = jdbc;
		this.events = events;
		// Its own transaction: after the concern's commit, the finished one must not be
		// joined.
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.inbox = settings.dutyInbox();
		this.from = from;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * The first alert, once the new concern is committed (it must exist before anyone is
	 * told). Nothing that goes wrong here may reach the person raising it: the concern is
	 * saved, and an error now would tell them it was not sent. The job sends any alert
	 * not recorded as sent.
	 */
	void firstAlertAfterCommit(long concernId, Urgency urgency) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					sendFirst(concernId, urgency);
				}
				catch (RuntimeException ex) {
					log.warn("Alert for concern " + concernId + " not recorded as sent; the job will see to it ("
							+ ex.getClass().getName() + ")");
				}
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
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult((tx) -> {
			if (this.jdbc.sql("update concern set alert_sent_at = ? where id = ? and alert_sent_at is null")
				.params(java.sql.Timestamp.from(now), concernId)
				.update() == 1) {
				this.events.save(new ConcernEvent(concernId, EventKind.ALERT_SENT, now, null, null));
			}
		});
		return true;
	}

	/** Sends the second alert; false if it could not be sent. */
	boolean sendSecond(long concernId, Urgency urgency) {
		return send(concernId, urgency, "concern.secondAlert");
	}

	private boolean send(long concernId, Urgency urgency, String code) {
		String urgencyText = this.messages.getMessage("concern.alert.urgency." + urgency.name(), null, Locale.UK);
		Object[] args = { urgencyText, this.baseUrl + "/concerns/" + concernId };
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(this.inbox);
		mail.setSubject(this.messages.getMessage(code + ".subject", args, Locale.UK));
		mail.setText(this.messages.getMessage(code + ".body", args, Locale.UK));
		try {
			this.sender.send(mail);
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("Alert " + code + " for concern " + concernId + " was not sent (" + ex.getClass().getName() + ")");
			return false;
		}
	}

}
