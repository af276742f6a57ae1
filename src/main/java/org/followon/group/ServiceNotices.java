package org.followon.group;

import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Emails about a group: to the pain service's inbox when the group is left without a
 * coordinator, and to someone whose request to join was answered. Sent after the change
 * commits; each holds the group's name and a link, never a member's details; a failure is
 * logged (without content) and never undoes the change, which the app shows anyway.
 */
@Component
class ServiceNotices {

	private static final Log log = LogFactory.getLog(ServiceNotices.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final String inbox;

	private final String from;

	private final String baseUrl;

	ServiceNotices(JavaMailSender sender, MessageSource messages, @Value("${followon.service-inbox}") String inbox,
			@Value("${followon.mail.from}") String from, @Value("${followon.base-url}") String baseUrl) {
		this.sender = sender;
		this.messages = messages;
		this.inbox = inbox;
		this.from = from;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	void groupNeedsCoordinator(long groupId, String groupName) {
		sendAfterCommit(groupId, this.inbox, "notice.needsCoordinator", groupName, "/groups/" + groupId);
	}

	/**
	 * Tells the service a coordinator closed a group (staff closing one already know).
	 */
	void groupClosed(long groupId, String groupName) {
		sendAfterCommit(groupId, this.inbox, "notice.groupClosed", groupName, "/groups/" + groupId);
	}

	/**
	 * Tells someone their request to join was answered; the group's name and a link only.
	 */
	void joinRequestAnswered(long groupId, String to, String groupName, boolean accepted) {
		sendAfterCommit(groupId, to, accepted ? "notice.requestAccepted" : "notice.requestDeclined", groupName,
				accepted ? "/groups/" + groupId : "/directory");
	}

	private void sendAfterCommit(long groupId, String to, String code, String groupName, String path) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(to);
		mail.setSubject(this.messages.getMessage(code + ".subject", new Object[] { groupName }, Locale.UK));
		mail.setText(
				this.messages.getMessage(code + ".body", new Object[] { groupName, this.baseUrl + path }, Locale.UK));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					ServiceNotices.this.sender.send(mail);
				}
				catch (RuntimeException ex) {
					log.warn("Notice for group " + groupId + " was not sent (" + ex.getClass().getName() + ")");
				}
			}
		});
	}

}
