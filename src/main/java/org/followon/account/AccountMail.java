package org.followon.account;

import java.util.Locale;
import java.util.concurrent.Executor;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Emails about signing in. They are sent on another thread, so that the page answers as
 * quickly whether or not the address has an account: a slower reply must not tell anyone
 * which do.
 */
@Component
class AccountMail {

	private static final Log log = LogFactory.getLog(AccountMail.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final Executor executor;

	private final String from;

	private final String baseUrl;

	AccountMail(JavaMailSender sender, MessageSource messages, @Qualifier("applicationTaskExecutor") Executor executor,
			@Value("${followon.mail.from}") String from, @Value("${followon.base-url}") String baseUrl) {
		this.sender = sender;
		this.messages = messages;
		this.executor = executor;
		this.from = from;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** A link into the app, for an email. */
	String link(String path) {
		return this.baseUrl + path;
	}

	/**
	 * Sends a message whose subject and paragraphs are message codes ("prefix.subject",
	 * "prefix.body").
	 */
	void send(String to, String prefix, String link) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(text(prefix + ".subject"));
		message.setText(String.join("\n\n", text(prefix + ".intro"), link, text(prefix + ".expiry"),
				text(prefix + ".ignore"), text("account.mail.signOff", text("service.organisation"))) + "\n");
		this.executor.execute(() -> {
			try {
				this.sender.send(message);
			}
			catch (RuntimeException ex) {
				// Only the kind and the class: the exception's message can contain the
				// address.
				log.warn("A " + prefix + " email was not sent (" + ex.getClass().getName() + ")");
			}
		});
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.UK);
	}

}
