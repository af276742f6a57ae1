package org.followon.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.followon.account.SignedInUser;
import org.followon.group.GroupAccess;
import org.followon.group.GroupMember;
import org.followon.group.Groups;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's meetings, with the record-level rules: the group's current members and
 * supporting PTV see them (and where they are); its coordinators and supporting PTV
 * schedule, change and cancel them; members answer. A meeting asked for under another
 * group is not found.
 */
@Service
@Transactional(readOnly = true)
class MeetingService {

	private final MeetingRepository meetings;

	private final MeetingSeriesRepository series;

	private final MeetingAnswerRepository answers;

	private final Groups groups;

	private final MeetingMails notices;

	private final Clock clock;

	MeetingService(MeetingRepository meetings, MeetingSeriesRepository series, MeetingAnswerRepository answers,
			Groups groups, MeetingMails notices, Clock clock) {
		this.meetings = meetings;
		this.series = series;
		this.answers = answers;
		this.groups = groups;
		this.notices = notices;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	MeetingViews.Listing list(long groupId, SignedInUser user) {
		GroupAccess group = insider(groupId, user);
		List<Meeting> all = this.meetings.findByGroupIdOrderByMeetsOnAscStartsAtAsc(groupId);
		AnswerBook book = group.member()
				? new AnswerBook(this.answers.ofMember(group.membershipId(),
						ids(all.stream().map(Meeting::getId).toList()),
						ids(all.stream().map(Meeting::getSeriesId).filter(Objects::nonNull).distinct().toList())))
				: new AnswerBook(List.of());
		LocalDate today = today();
		List<MeetingViews.Row> upcoming = new ArrayList<>();
		List<MeetingViews.Row> past = new ArrayList<>();
		for (Meeting m : all) {
			MeetingDetails d = m.details();
			MeetingViews.Row row = new MeetingViews.Row(m.getId(), d.on(), d.startsAt(), d.endsAt(), d.venueName(),
					d.venueType(), m.isCancelled(), m.getSeriesId() != null,
					group.member() ? book.of(group.membershipId(), m) : null);
			(d.on().isBefore(today) ? past : upcoming).add(row);
		}
		Collections.reverse(past);
		return new MeetingViews.Listing(group, upcoming, past);
	}

	/** An empty list would make "in ()", which is not SQL; no row has id -1. */
	private static List<Long> ids(List<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

	MeetingViews.Page page(long groupId, long meetingId, SignedInUser user) {
		GroupAccess group = insider(groupId, user);
		Meeting meeting = meeting(groupId, meetingId);
		AnswerBook book = new AnswerBook(this.answers.forMeeting(meetingId, meeting.getSeriesId()));
		List<MeetingViews.AnswerLine> lines = !group.organiser() ? List.of()
				: this.groups.currentMembers(groupId)
					.stream()
					.map((m) -> new MeetingViews.AnswerLine(m.knownAs(), book.of(m.membershipId(), meeting)))
					.toList();
		Long mine = group.membershipId();
		return new MeetingViews.Page(group, meetingId, meeting.details(), meeting.isCancelled(),
				meeting.getSeriesId() != null, meeting.details().on().isBefore(today()),
				mine == null ? null : book.toMeeting(mine, meeting), mine == null ? null : book.toSeries(mine, meeting),
				lines, MeetingViews.Counts.of(lines), meeting.getVersion());
	}

	/**
	 * The group, if this person organises its meetings: its coordinators and supporting
	 * PTV.
	 */
	GroupAccess organiser(long groupId, SignedInUser user) {
		GroupAccess group = this.groups.access(groupId, user.accountId());
		if (!group.organiser()) {
			throw new AccessDeniedException("Not an organiser of this group");
		}
		return group;
	}

	/** A scheduled meeting, as it is now, for its organisers to change or cancel. */
	MeetingViews.Changeable changeable(long groupId, long meetingId, SignedInUser user) {
		GroupAccess group = organiser(groupId, user);
		Meeting meeting = scheduled(groupId, meetingId);
		return new MeetingViews.Changeable(group, meetingId, meeting.details(), meeting.getSeriesId() != null,
				meeting.getVersion());
	}

	private Meeting scheduled(long groupId, long meetingId) {
		Meeting meeting = meeting(groupId, meetingId);
		if (meeting.isCancelled()) {
			throw new NotFoundException("Scheduled meeting", meetingId);
		}
		return meeting;
	}

	/**
	 * Schedules one meeting, or a series on these dates; returns the (first) meeting's
	 * id.
	 */
	@Transactional
	long schedule(long groupId, MeetingDetails details, RepeatRule rule, List<LocalDate> dates, SignedInUser user) {
		organiser(groupId, user);
		if (rule == null) {
			return this.meetings.save(new Meeting(groupId, null, details, user.accountId(), this.clock.instant()))
				.getId();
		}
		MeetingSeries saved = this.series
			.save(new MeetingSeries(groupId, rule, details.on(), user.accountId(), this.clock.instant()));
		List<Meeting> made = this.meetings.saveAll(dates.stream()
			.map((date) -> new Meeting(groupId, saved.getId(), details.on(date), user.accountId(),
					this.clock.instant()))
			.toList());
		return made.get(0).getId();
	}

	@Transactional
	void change(long groupId, long meetingId, MeetingDetails details, Long version, SignedInUser user) {
		GroupAccess group = organiser(groupId, user);
		Meeting meeting = current(scheduled(groupId, meetingId), version);
		meeting.change(details);
		this.notices.changed(group, meetingId, details, others(groupId, user));
	}

	/** Cancels this meeting, or this one and every later one of its series. */
	@Transactional
	void cancel(long groupId, long meetingId, boolean laterToo, Long version, SignedInUser user) {
		GroupAccess group = organiser(groupId, user);
		Meeting meeting = current(scheduled(groupId, meetingId), version);
		if (laterToo && meeting.getSeriesId() != null) {
			LocalDate from = meeting.getMeetsOn();
			this.meetings
				.findBySeriesIdAndMeetsOnGreaterThanEqualAndStatus(meeting.getSeriesId(), from, MeetingStatus.SCHEDULED)
				.forEach(Meeting::cancel);
			this.notices.seriesCancelled(group, from, others(groupId, user));
			return;
		}
		meeting.cancel();
		this.notices.cancelled(group, meetingId, meeting.getMeetsOn(), meeting.getStartsAt(), others(groupId, user));
	}

	/** A member answers for this meeting, or for every meeting of its series. */
	@Transactional
	void answer(long groupId, long meetingId, Answer answer, boolean wholeSeries, SignedInUser user) {
		GroupAccess group = member(groupId, user);
		Meeting meeting = meeting(groupId, meetingId);
		if (meeting.isCancelled() || meeting.getMeetsOn().isBefore(today())) {
			throw new NotFoundException("Meeting to answer", meetingId);
		}
		long membershipId = group.membershipId();
		MeetingAnswer row = wholeSeries && meeting.getSeriesId() != null
				? this.answers.findByMembershipIdAndSeriesId(membershipId, meeting.getSeriesId())
					.orElseGet(() -> MeetingAnswer.toSeries(membershipId, meeting.getSeriesId()))
				: this.answers.findByMembershipIdAndMeetingId(membershipId, meetingId)
					.orElseGet(() -> MeetingAnswer.toMeeting(membershipId, meetingId));
		row.answer(answer, this.clock.instant());
		this.answers.save(row);
		if (row.getSeriesId() != null) {
			// Answering for the series from this meeting's page replaces what was said
			// for this one.
			this.answers.findByMembershipIdAndMeetingId(membershipId, meetingId).ifPresent(this.answers::delete);
		}
	}

	/** The group, if this person is one of its current members: only they answer. */
	GroupAccess member(long groupId, SignedInUser user) {
		GroupAccess group = this.groups.access(groupId, user.accountId());
		if (!group.member()) {
			throw new AccessDeniedException("Not a member of this group");
		}
		return group;
	}

	GroupAccess insider(long groupId, SignedInUser user) {
		GroupAccess group = this.groups.access(groupId, user.accountId());
		if (!group.insider()) {
			throw new AccessDeniedException("Not a member of this group");
		}
		return group;
	}

	/** The meeting, if it is this group's; otherwise not found. */
	Meeting meeting(long groupId, long meetingId) {
		return this.meetings.findById(meetingId)
			.filter((m) -> m.getGroupId() == groupId)
			.orElseThrow(() -> new NotFoundException("Meeting", meetingId));
	}

	private static Meeting current(Meeting meeting, Long version) {
		if (!Objects.equals(version, meeting.getVersion())) {
			throw new EditClashException("/groups/" + meeting.getGroupId() + "/meetings/" + meeting.getId());
		}
		return meeting;
	}

	/** The members to tell about a change: everyone but the person who made it. */
	private List<GroupMember> others(long groupId, SignedInUser user) {
		return this.groups.currentMembers(groupId)
			.stream()
			.filter((m) -> m.accountId() == null || m.accountId() != user.accountId())
			.toList();
	}

}
