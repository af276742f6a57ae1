package org.followon.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.followon.group.GroupMember;
import org.followon.group.Groups;
import org.followon.meeting.ScheduledMeeting;
import org.followon.meeting.ScheduledMeetings;

import org.springframework.stereotype.Component;

/**
 * Sends the reminders and log requests that are due; {@link ReminderScheduling} runs it
 * on a schedule, and tests call {@link #run(Instant)} with a time of their own. One
 * person's failed send is recorded and logged (meeting id and kind only) and never stops
 * the others.
 */
@Component
class ReminderJob {

	private static final Log log = LogFactory.getLog(ReminderJob.class);

	private final ScheduledMeetings meetings;

	private final Groups groups;

	private final GroupReminderSettingsRepository settings;

	private final ReminderPreferenceRepository preferences;

	private final ReminderLedger ledger;

	private final ReminderMails messages;

	private final ReminderRules rules;

	private final Clock clock;

	ReminderJob(ScheduledMeetings meetings, Groups groups, GroupReminderSettingsRepository settings,
			ReminderPreferenceRepository preferences, ReminderLedger ledger, ReminderMails messages,
			ReminderRules rules, Clock clock) {
		this.meetings = meetings;
		this.groups = groups;
		this.settings = settings;
		this.preferences = preferences;
		this.ledger = ledger;
		this.messages = messages;
		this.rules = rules;
		this.clock = clock;
	}

	/** Sends what is due now. */
	int run() {
		return run(this.clock.instant());
	}

	/**
	 * Sends every message due at this instant that has not gone out yet; returns how many
	 * went.
	 */
	int run(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, this.rules.zone());
		Map<Long, List<ScheduledMeeting>> byGroup = this.meetings.between(today.minusDays(3), today.plusDays(8))
			.stream()
			.collect(Collectors.groupingBy(ScheduledMeeting::groupId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, Set<ReminderKind>> times = this.settings.findAllById(byGroup.keySet())
			.stream()
			.collect(Collectors.toMap(GroupReminderSettings::getGroupId, GroupReminderSettings::times));
		int sent = 0;
		for (Map.Entry<Long, List<ScheduledMeeting>> group : byGroup.entrySet()) {
			Set<ReminderKind> chosen = times.getOrDefault(group.getKey(), ReminderKind.DEFAULTS);
			Recipients recipients = null;
			for (ScheduledMeeting meeting : group.getValue()) {
				for (ReminderKind kind : this.rules.dueNow(meeting, chosen, now)) {
					if (kind == ReminderKind.LOG_REQUEST && meeting.logged()) {
						continue; // Logged already: nobody needs asking.
					}
					recipients = recipients != null ? recipients : recipients(group.getKey());
					sent += send(recipients, meeting, kind, now);
				}
			}
		}
		return sent;
	}

	private int send(Recipients to, ScheduledMeeting meeting, ReminderKind kind, Instant now) {
		int sent = 0;
		for (GroupMember member : to.members()) {
			if (kind != ReminderKind.LOG_REQUEST && meeting.notGoing().contains(member.membershipId())) {
				continue; // They said they are not going: no reminder.
			}
			ReminderChannel channel = kind == ReminderKind.LOG_REQUEST
					? (member.coordinator() && member.email() != null ? ReminderChannel.EMAIL : ReminderChannel.NONE)
					: ReminderChannel.effective(to.chosen().get(member.membershipId()), member.email() != null,
							member.mobile() != null, this.messages.textsOn());
			if (channel != ReminderChannel.NONE && this.ledger.claim(meeting.id(), member.membershipId(), kind, now)) {
				sent += deliver(to.groupName(), meeting, kind, member, channel, now) ? 1 : 0;
			}
		}
		return sent;
	}

	private boolean deliver(String groupName, ScheduledMeeting meeting, ReminderKind kind, GroupMember member,
			ReminderChannel channel, Instant now) {
		try {
			if (kind == ReminderKind.LOG_REQUEST) {
				this.messages.askToLog(groupName, meeting, member);
			}
			else {
				this.messages.remind(groupName, meeting, kind, member, channel);
			}
			this.ledger.sent(meeting.id(), member.membershipId(), kind, now);
			return true;
		}
		catch (RuntimeException ex) {
			this.ledger.failed(meeting.id(), member.membershipId(), kind);
			log.warn("A " + kind + " " + channel + " for meeting " + meeting.id() + " was not sent ("
					+ ex.getClass().getName() + ")");
			return false;
		}
	}

	private Recipients recipients(long groupId) {
		List<GroupMember> members = this.groups.currentMembers(groupId);
		Map<Long, ReminderChannel> chosen = this.preferences
			.findAllById(members.stream().map(GroupMember::membershipId).toList())
			.stream()
			.collect(Collectors.toMap(ReminderPreference::getMembershipId, ReminderPreference::getChannel));
		return new Recipients(this.groups.summary(groupId).name(), members, chosen);
	}

	/** A group's current members and what each chose, loaded once per run. */
	private record Recipients(String groupName, List<GroupMember> members, Map<Long, ReminderChannel> chosen) {
	}

}
