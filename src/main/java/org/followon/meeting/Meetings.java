package org.followon.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

import org.followon.account.SignedInUser;
import org.followon.group.Accessibility;
import org.followon.group.GroupAccess;
import org.followon.group.Groups;
import org.followon.group.VenueType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting module's public face, for modules that arrange a meeting another way (a
 * poll): schedules one meeting with the same code and access rules as the schedule form,
 * and tells the group's members. Modules built on meetings (calendars, meeting logs) read
 * them here, and check who may see them themselves.
 */
@Service
public class Meetings {

	private final MeetingService service;

	private final Groups groups;

	private final MeetingMails notices;

	private final MeetingRepository meetings;

	Meetings(MeetingService service, Groups groups, MeetingMails notices, MeetingRepository meetings) {
		this.service = service;
		this.groups = groups;
		this.notices = notices;
		this.meetings = meetings;
	}

	/** The meeting, if it is this group's; otherwise not found. */
	@Transactional(readOnly = true)
	public GroupMeeting meeting(long groupId, long meetingId) {
		return this.service.meeting(groupId, meetingId).published();
	}

	/** These meetings, in no particular order. */
	@Transactional(readOnly = true)
	public List<GroupMeeting> byIds(Collection<Long> meetingIds) {
		return this.meetings.findAllById(meetingIds).stream().map(Meeting::published).toList();
	}

	/**
	 * These groups' meetings, cancelled ones too, between two days (both included), in
	 * order.
	 */
	@Transactional(readOnly = true)
	public List<GroupMeeting> between(Collection<Long> groupIds, LocalDate from, LocalDate to) {
		return this.meetings.findByGroupIdInAndMeetsOnBetweenOrderByMeetsOnAscStartsAtAsc(groupIds, from, to)
			.stream()
			.map(Meeting::published)
			.toList();
	}

	/**
	 * These groups' meetings not cancelled whose day is before this one, newest first.
	 */
	@Transactional(readOnly = true)
	public List<GroupMeeting> scheduledBefore(Collection<Long> groupIds, LocalDate day) {
		return this.meetings
			.findByGroupIdInAndStatusAndMeetsOnBeforeOrderByMeetsOnDescStartsAtDesc(groupIds, MeetingStatus.SCHEDULED,
					day)
			.stream()
			.map(Meeting::published)
			.toList();
	}

	/**
	 * Schedules one meeting if this person organises the group's meetings, and emails
	 * every current member after the commit; returns the meeting's id.
	 */
	@Transactional
	public long schedule(long groupId, NewMeeting meeting, SignedInUser user) {
		MeetingDetails details = new MeetingDetails(meeting.on(), meeting.startsAt(), meeting.endsAt(),
				meeting.venueName(), meeting.venueType(), meeting.address(), meeting.link(),
				EnumSet.noneOf(Accessibility.class));
		long id = this.service.schedule(groupId, details, null, null, user);
		GroupAccess group = this.groups.access(groupId, user.accountId());
		this.notices.scheduled(group, id, details, this.groups.currentMembers(groupId));
		return id;
	}

	/** When and where a meeting is to be, already checked. */
	public record NewMeeting(LocalDate on, LocalTime startsAt, LocalTime endsAt, String venueName, VenueType venueType,
			String address, String link) {
	}

}
