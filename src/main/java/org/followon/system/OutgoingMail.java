package org.followon.system;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way every module sends email: a plain-text message (to, subject, body) from the
 * configured {@code followon.mail.from}, usually once the current transaction has
 * committed, so a change that rolls back sends nothing and a mail server that is down
 * never undoes a change. Modules compose their own wording (their {@code *Mails}
 * classes); this class only sends. A failure is logged with the caller's description and
 * the exception's class only: a mail exception's message can contain the address. We
 * register with the transaction directly rather than publish events through Spring
 * Modulith's event publication registry, because the messages hold secret links (sign-in,
 * invitations) that must never be stored (docs/decisions.md).
 */
@Component
public class OutgoingMail {

	private static final Log log = LogFactory.getLog(OutgoingMail.class);

	private final JavaMailSender sender;

	private final Executor background;

	private final String from;

	public OutgoingMail(JavaMailSender sender, @Qualifier("applicationTaskExecutor") Executor background,
			FollowOnSettings settings) {
		this.sender = sender;
		this.background = background;
		this.from = settings.mail().from();
	}

	/**
	 * Sends now; a failure is thrown to the caller (a job that records it and tries
	 * again).
	 */
	public void send(String to, String subject, String body) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		this.sender.send(message);
	}

	/**
	 * Sends now; false if it could not be sent, which is logged as "{@code what} was not
	 * sent".
	 * @param what the message in a log line, without personal details ("Invitation 42")
	 */
	public boolean trySend(String to, String subject, String body, String what) {
		try {
			send(to, subject, body);
			return true;
		}
		catch (RuntimeException ex) {
			log.warn(what + " was not sent (" + ex.getClass().getName() + ")");
			return false;
		}
	}

	/**
	 * Sends once the current transaction commits (nothing if it rolls back), or now when
	 * there is none; a failure is logged.
	 * @param what the message in a log line, without personal details
	 */
	public void sendAfterCommit(String to, String subject, String body, String what) {
		sendAfterCommit(to, subject, body, what, (sent) -> {
		});
	}

	/**
	 * Sends once the current transaction commits, or now when there is none, then tells
	 * {@code outcome} whether it was sent, outside the finished transaction, so that the
	 * caller can record it (sent, or not sent to be sent again). Nothing thrown by the
	 * outcome escapes: the change it follows has committed.
	 * @param what the message in a log line, without personal details
	 */
	public void sendAfterCommit(String to, String subject, String body, String what, Consumer<Boolean> outcome) {
		afterCommit(() -> {
			boolean sent = trySend(to, subject, body, what);
			try {
				outcome.accept(sent);
			}
			catch (RuntimeException ex) {
				log.warn("Whether " + what + " was sent could not be recorded (" + ex.getClass().getName() + ")");
			}
		});
	}

	/**
	 * Sends on another thread once the current transaction commits (or at once when there
	 * is none), so the page answers as quickly whether or not an email goes.
	 * @param what the message in a log line, without personal details
	 */
	public void sendInBackgroundAfterCommit(String to, String subject, String body, String what) {
		afterCommit(() -> this.background.execute(() -> trySend(to, subject, body, what)));
	}

	private static void afterCommit(Runnable work) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			work.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				work.run();
			}
		});
	}

}
