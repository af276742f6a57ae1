package org.followon.reminder;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.followon.group.GroupMember;
import org.followon.meeting.ScheduledMeeting;
import org.followon.notify.TextMessages;
import org.followon.system.FollowOnSettings;
import org.followon.system.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reminders themselves, by email or text: the group's name, the meeting's date, time
 * and place name, and a link (never an address, never anyone else's details). Sent at
 * once; a failure is thrown to the job, which records it and tries again later.
 */
@Component
class ReminderMails {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final OutgoingMail mail;

	private final TextMessages texts;

	private final MessageSource messages;

	private final String baseUrl;

	ReminderMails(OutgoingMail mail, TextMessages texts, MessageSource messages, FollowOnSettings settings) {
		this.mail = mail;
		this.texts = texts;
		this.messages = messages;
		this.baseUrl = settings.baseUrl();
	}

	boolean textsOn() {
		return this.texts.enabled();
	}

	void remind(String groupName, ScheduledMeeting meeting, ReminderKind kind, GroupMember to,
			ReminderChannel channel) {
		if (channel == ReminderChannel.TEXT) {
			this.texts.send(to.mobile(),
					Map.of("group", groupName, "date", DATE.format(meeting.on()), "time",
							TIME.format(meeting.startsAt()), "venue", meeting.venueName(), "link", link(meeting)),
					"reminder-" + meeting.id() + "-" + kind.name().toLowerCase(Locale.ROOT));
			return;
		}
		email(to, "reminder.email", groupName, meeting,
				this.baseUrl + "/groups/" + meeting.groupId() + "/reminders/mine");
	}

	void askToLog(String groupName, ScheduledMeeting meeting, GroupMember coordinator) {
		email(coordinator, "reminder.logRequest", groupName, meeting, "");
	}

	private void email(GroupMember to, String code, String groupName, ScheduledMeeting meeting, String settings) {
		Object[] args = { groupName, DATE.format(meeting.on()), TIME.format(meeting.startsAt()),
				TIME.format(meeting.endsAt()), meeting.venueName(), link(meeting), settings };
		this.mail.send(to.email(), this.messages.getMessage(code + ".subject", args, Locale.UK),
				this.messages.getMessage(code + ".body", args, Locale.UK));
	}

	private String link(ScheduledMeeting meeting) {
		return this.baseUrl + "/groups/" + meeting.groupId() + "/meetings/" + meeting.id();
	}

}
