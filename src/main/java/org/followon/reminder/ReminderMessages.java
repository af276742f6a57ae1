package org.followon.reminder;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.followon.group.GroupMember;
import org.followon.meeting.ScheduledMeeting;
import org.followon.notify.TextMessages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The messages themselves: the group's name, the meeting's date, time and place name, and
 * a link (never an address, never anyone else's details). Sent at once; a failure is
 * thrown to the job, which records it and tries again later.
 */
@Component
class ReminderMessages {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final JavaMailSender mail;

	private final TextMessages texts;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	ReminderMessages(JavaMailSender mail, TextMessages texts, MessageSource messages,
			@Value("${followon.mail.from}") String from, @Value("${followon.base-url}") String baseUrl) {
		this.mail = mail;
		this.texts = texts;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
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
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to.email());
		message.setSubject(this.messages.getMessage(code + ".subject", args, Locale.UK));
		message.setText(this.messages.getMessage(code + ".body", args, Locale.UK));
		this.mail.send(message);
	}

	private String link(ScheduledMeeting meeting) {
		return this.baseUrl + "/groups/" + meeting.groupId() + "/meetings/" + meeting.id();
	}

}
