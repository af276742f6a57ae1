package org.followon.joinrequest;

import java.util.Locale;

import org.followon.system.FollowOnSettings;
import org.followon.system.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells someone their request to join was answered: the group's name and a link only (to
 * the group if accepted, to the directory if not), never a member's details. Sent after
 * the answer commits; a failure is logged (without content) and never undoes the answer,
 * which their groups page shows anyway.
 */
@Component
class JoinRequestMails {

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final FollowOnSettings settings;

	JoinRequestMails(OutgoingMail mail, MessageSource messages, FollowOnSettings settings) {
		this.mail = mail;
		this.messages = messages;
		this.settings = settings;
	}

	void answered(long groupId, String to, String groupName, boolean accepted) {
		String code = accepted ? "joinRequest.notice.accepted" : "joinRequest.notice.declined";
		String path = accepted ? "/groups/" + groupId : "/directory";
		this.mail.sendAfterCommit(to,
				this.messages.getMessage(code + ".subject", new Object[] { groupName }, Locale.UK), this.messages
					.getMessage(code + ".body", new Object[] { groupName, this.settings.link(path) }, Locale.UK),
				"Answer to a request to join group " + groupId);
	}

}
