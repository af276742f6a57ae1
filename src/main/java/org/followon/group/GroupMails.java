package org.followon.group;

import java.util.Locale;

import org.followon.system.FollowOnSettings;
import org.followon.system.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Emails about a group to the pain service's inbox: when the group is left without a
 * coordinator, and when a coordinator closes it. Sent after the change commits; each
 * holds the group's name and a link, never a member's details; a failure is logged
 * (without content) and never undoes the change, which the app shows anyway.
 */
@Component
class GroupMails {

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final String inbox;

	private final String baseUrl;

	GroupMails(OutgoingMail mail, MessageSource messages, FollowOnSettings settings) {
		this.mail = mail;
		this.messages = messages;
		this.inbox = settings.serviceInbox();
		this.baseUrl = settings.baseUrl();
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

	private void sendAfterCommit(long groupId, String to, String code, String groupName, String path) {
		this.mail.sendAfterCommit(to,
				this.messages.getMessage(code + ".subject", new Object[] { groupName }, Locale.UK),
				this.messages.getMessage(code + ".body", new Object[] { groupName, this.baseUrl + path }, Locale.UK),
				"Notice for group " + groupId);
	}

}
