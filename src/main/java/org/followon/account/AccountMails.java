package org.followon.account;

import java.util.Locale;

import org.followon.system.FollowOnSettings;
import org.followon.system.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Emails about signing in. They are sent on another thread, so that the page answers as
 * quickly whether or not the address has an account: a slower reply must not tell anyone
 * which do; and only once the change holding their link has committed, so a rolled-back
 * request sends nothing.
 */
@Component
class AccountMails {

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final String baseUrl;

	AccountMails(OutgoingMail mail, MessageSource messages, FollowOnSettings settings) {
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = settings.baseUrl();
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
		String body = String.join("\n\n", text(prefix + ".intro"), link, text(prefix + ".expiry"),
				text(prefix + ".ignore"), text("account.mail.signOff", text("service.organisation"))) + "\n";
		// Only the kind: the address must not reach the log.
		this.mail.sendInBackgroundAfterCommit(to, text(prefix + ".subject"), body, "A " + prefix + " email");
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.UK);
	}

}
