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
 * Tells the pain service's inbox when a group is left without a coordinator. Sent after the
 * change commits; holds the group's name and a link, never a member's details; a failure is
 * logged (without content) and never undoes the change, and the group page says it too.
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
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(this.inbox);
		mail.setSubject(this.messages.getMessage("notice.needsCoordinator.subject", new Object[] { groupName },
				Locale.UK));
		mail.setText(this.messages.getMessage("notice.needsCoordinator.body",
				new Object[] { groupName, this.baseUrl + "/groups/" + groupId }, Locale.UK));
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
