package org.followon.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.followon.group.GroupAccess;
import org.followon.group.GroupMember;
import org.followon.system.FollowOnSettings;
import org.followon.system.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a group's members that a meeting was changed or cancelled: one email each,
 * holding the group's name, the meeting's date and time and a link (never the address,
 * never anyone else's details), to members the app has an address for. Sent after the
 * change commits; a failure is logged without content or address and never undoes the
 * change.
 */
@Component
class MeetingMails {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final OutgoingMail mail;

	private final MessageSource messages;

	private final String baseUrl;

	MeetingMails(OutgoingMail mail, MessageSource messages, FollowOnSettings settings) {
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = settings.baseUrl();
	}

	void changed(GroupAccess group, long meetingId, MeetingDetails now, List<GroupMember> members) {
		send(group, members, "meeting.notice.changed", path(group, meetingId), DATE.format(now.on()),
				TIME.format(now.startsAt()), TIME.format(now.endsAt()));
	}

	void scheduled(GroupAccess group, long meetingId, MeetingDetails details, List<GroupMember> members) {
		send(group, members, "meeting.notice.scheduled", path(group, meetingId), DATE.format(details.on()),
				TIME.format(details.startsAt()), TIME.format(details.endsAt()));
	}

	void cancelled(GroupAccess group, long meetingId, LocalDate on, LocalTime at, List<GroupMember> members) {
		send(group, members, "meeting.notice.cancelled", path(group, meetingId), DATE.format(on), TIME.format(at), "");
	}

	void seriesCancelled(GroupAccess group, LocalDate from, List<GroupMember> members) {
		send(group, members, "meeting.notice.seriesCancelled", "/groups/" + group.groupId() + "/meetings",
				DATE.format(from), "", "");
	}

	private static String path(GroupAccess group, long meetingId) {
		return "/groups/" + group.groupId() + "/meetings/" + meetingId;
	}

	private void send(GroupAccess group, List<GroupMember> members, String code, String path, String date, String start,
			String end) {
		Object[] args = { group.groupName(), date, start, end, this.baseUrl + path };
		String subject = this.messages.getMessage(code + ".subject", args, Locale.UK);
		String body = this.messages.getMessage(code + ".body", args, Locale.UK);
		for (GroupMember member : members) {
			if (member.email() != null) {
				this.mail.sendAfterCommit(member.email(), subject, body,
						"A meeting notice for group " + group.groupId());
			}
		}
	}

}
