package org.followon.meetinglog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.followon.account.SignedInUser;
import org.followon.group.GroupAccess;
import org.followon.group.GroupMember;
import org.followon.group.Groups;
import org.followon.meeting.GroupMeeting;
import org.followon.meeting.MeetingLogs;
import org.followon.meeting.Meetings;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging what happened at a meeting, and attendance over time. The group's coordinators
 * and supporting PTV log and correct; each log as held is passed to the group module,
 * whose status follows it; each member sees only their own attendance. The meeting
 * module's pages show where logs stand through {@link MeetingLogs}.
 */
@Service
@Transactional(readOnly = true)
class MeetingLogService implements MeetingLogs {

	/** Attendance counts look at the group's last this many meetings that went ahead. */
	static final int WINDOW = 6;

	private final MeetingLogRepository logs;

	private final Meetings meetings;

	private final Groups groups;

	private final Clock clock;

	MeetingLogService(MeetingLogRepository logs, Meetings meetings, Groups groups, Clock clock) {
		this.logs = logs;
		this.meetings = meetings;
		this.groups = groups;
		this.clock = clock;
	}

	/**
	 * The group, if this person organises its meetings: its coordinators and supporting
	 * PTV.
	 */
	private GroupAccess organiser(long groupId, SignedInUser user) {
		GroupAccess group = this.groups.access(groupId, user.accountId());
		if (!group.organiser()) {
			throw new AccessDeniedException("Not an organiser of this group");
		}
		return group;
	}

	/** The group, if this person is one of its current members. */
	private GroupAccess member(long groupId, SignedInUser user) {
		GroupAccess group = this.groups.access(groupId, user.accountId());
		if (!group.member()) {
			throw new AccessDeniedException("Not a member of this group");
		}
		return group;
	}

	private GroupMeeting meeting(long groupId, long meetingId) {
		return this.meetings.meeting(groupId, meetingId);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	LogViews.LogPage page(long groupId, long meetingId, SignedInUser user) {
		GroupAccess group = organiser(groupId, user);
		GroupMeeting meeting = meeting(groupId, meetingId);
		List<LogViews.Attendee> members = this.groups.currentMembers(groupId)
			.stream()
			.map((m) -> new LogViews.Attendee(m.membershipId(), m.knownAs(), m.fromPmp()))
			.toList();
		Set<Long> current = members.stream().map(LogViews.Attendee::id).collect(Collectors.toSet());
		MeetingLog log = this.logs.findByMeetingId(meetingId).orElse(null);
		List<Attendance> kept = log == null ? List.of()
				: log.entry().attendance().stream().filter((a) -> !current.contains(a.membershipId())).toList();
		return new LogViews.LogPage(group, meetingId, meeting.details(), !meeting.details().on().isAfter(today()),
				log != null, members, kept);
	}

	/** The form for a meeting: blank, or its log as it is now. */
	LogForm form(LogViews.LogPage page) {
		Set<Long> current = page.members().stream().map(LogViews.Attendee::id).collect(Collectors.toSet());
		return this.logs.findByMeetingId(page.meetingId())
			.map((log) -> LogForm.of(log.entry(), log.getVersion(), current))
			.orElseGet(LogForm::blank);
	}

	/**
	 * Logs the meeting, or corrects its log, and tells the group module whether it was
	 * held.
	 * @param version the log's version as the form showed it, null for a meeting not
	 * logged then
	 */
	@Transactional
	void log(long groupId, long meetingId, LogEntry entry, Long version, SignedInUser user) {
		organiser(groupId, user);
		GroupMeeting meeting = meeting(groupId, meetingId);
		if (meeting.details().on().isAfter(today())) {
			throw new NotFoundException("Meeting to log", meetingId);
		}
		MeetingLog log = this.logs.findByMeetingId(meetingId).orElse(null);
		if (log == null ? version != null : !Objects.equals(version, log.getVersion())) {
			throw new EditClashException("/groups/" + groupId + "/meetings/" + meetingId + "/log");
		}
		if (log == null) {
			log = new MeetingLog(meetingId, groupId);
		}
		log.record(entry, user.accountId(), this.clock.instant());
		this.logs.saveAndFlush(log);
		String key = "meeting:" + meetingId;
		if (entry.held()) {
			this.groups.meetingHeld(groupId, key, meeting.details().on(), entry.faceToFace(), entry.attended(),
					entry.pmpParticipants());
		}
		else {
			this.groups.meetingNotHeld(key);
		}
	}

	/**
	 * Where the meeting's log stands, for the group's organisers; null for anyone else.
	 */
	@Override
	public Status status(GroupAccess group, long meetingId, LocalDate on) {
		if (!group.organiser()) {
			return null;
		}
		boolean loggable = !on.isAfter(today());
		return this.logs.findByMeetingId(meetingId)
			.map((l) -> new Status(loggable, true, l.isHeld(), l.came(), l.entry().faceToFace()))
			.orElseGet(() -> new Status(loggable, false, false, 0, null));
	}

	/**
	 * The group's meetings waiting to be logged, for its organisers; none for anyone
	 * else.
	 */
	@Override
	public List<ToLog> toLog(GroupAccess group) {
		if (!group.organiser()) {
			return List.of();
		}
		return unlogged(List.of(group.groupId())).stream()
			.map((m) -> new ToLog(m.id(), m.details().on(), m.details().startsAt(), m.details().venueName()))
			.toList();
	}

	/**
	 * These groups' meetings whose day has passed, not cancelled, that nobody has logged:
	 * newest first.
	 */
	List<GroupMeeting> unlogged(Collection<Long> groupIds) {
		List<GroupMeeting> past = this.meetings.scheduledBefore(groupIds, today());
		Set<Long> logged = loggedAmong(past.stream().map(GroupMeeting::id).toList());
		return past.stream().filter((m) -> !logged.contains(m.id())).toList();
	}

	@Override
	public Set<Long> loggedAmong(Collection<Long> meetingIds) {
		// An empty list would make "in ()", which is not SQL.
		return meetingIds.isEmpty() ? Set.of() : this.logs.loggedAmong(meetingIds);
	}

	LogViews.GroupAttendance attendance(long groupId, SignedInUser user) {
		GroupAccess group = organiser(groupId, user);
		Map<Long, MeetingLog> byMeeting = byMeeting(groupId);
		List<LogViews.Logged> logged = logged(byMeeting);
		List<Long> window = lastHeld(logged);
		List<LogViews.MemberCount> members = this.groups.currentMembers(groupId)
			.stream()
			.map((m) -> new LogViews.MemberCount(m.knownAs(), cameTo(window, byMeeting, m)))
			.toList();
		return new LogViews.GroupAttendance(group, logged, members, window.size());
	}

	LogViews.MyAttendance mine(long groupId, SignedInUser user) {
		GroupAccess group = member(groupId, user);
		long me = group.membershipId();
		Map<Long, MeetingLog> byMeeting = byMeeting(groupId);
		List<LogViews.Logged> all = logged(byMeeting);
		List<Long> window = lastHeld(all);
		List<LogViews.Logged> attended = all.stream().filter((l) -> byMeeting.get(l.meetingId()).attended(me)).toList();
		long cameOfLast = attended.stream().filter((l) -> window.contains(l.meetingId())).count();
		return new LogViews.MyAttendance(group, attended, cameOfLast, window.size());
	}

	/** The group's logged meetings, newest first. */
	private List<LogViews.Logged> logged(Map<Long, MeetingLog> byMeeting) {
		return this.meetings.byIds(byMeeting.keySet())
			.stream()
			.sorted(Comparator.comparing((GroupMeeting m) -> m.details().on())
				.thenComparing((m) -> m.details().startsAt())
				.reversed())
			.map((m) -> {
				MeetingLog log = byMeeting.get(m.id());
				return new LogViews.Logged(m.id(), m.details().on(), log.isHeld(), log.came(),
						log.entry().faceToFace());
			})
			.toList();
	}

	private Map<Long, MeetingLog> byMeeting(long groupId) {
		return this.logs.findWithAttendanceByGroupId(groupId)
			.stream()
			.collect(Collectors.toMap(MeetingLog::getMeetingId, Function.identity()));
	}

	private static List<Long> lastHeld(List<LogViews.Logged> newestFirst) {
		return newestFirst.stream()
			.filter(LogViews.Logged::held)
			.limit(WINDOW)
			.map(LogViews.Logged::meetingId)
			.toList();
	}

	private static long cameTo(List<Long> window, Map<Long, MeetingLog> byMeeting, GroupMember member) {
		return window.stream().filter((id) -> byMeeting.get(id).attended(member.membershipId())).count();
	}

}
