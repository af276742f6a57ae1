package org.followon.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.followon.account.SecretTokens;
import org.followon.account.SignedInUser;
import org.followon.group.GroupAccess;
import org.followon.group.GroupSummary;
import org.followon.group.Groups;
import org.followon.meeting.GroupMeeting;
import org.followon.meeting.Meetings;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings for calendar apps: one meeting's file, for the people who see the meeting, and
 * each person's private feed of their current groups' meetings, from three months ago to
 * a year ahead. A feed is found by its token's hash only; a wrong or replaced token is
 * "not found".
 */
@Service
@Transactional(readOnly = true)
class CalendarFeeds {

	static final String PATH = "/calendar";

	private final CalendarFeedRepository feeds;

	private final Meetings meetings;

	private final Groups groups;

	private final MeetingCalendar calendar;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	CalendarFeeds(CalendarFeedRepository feeds, Meetings meetings, Groups groups, MeetingCalendar calendar,
			Clock clock) {
		this.feeds = feeds;
		this.meetings = meetings;
		this.groups = groups;
		this.calendar = calendar;
		this.clock = clock;
	}

	String meeting(long groupId, long meetingId, SignedInUser user) {
		GroupAccess group = this.groups.access(groupId, user.accountId());
		if (!group.insider()) {
			throw new AccessDeniedException("Not a member of this group");
		}
		return this.calendar.meeting(this.meetings.meeting(groupId, meetingId), group.groupName());
	}

	String feed(String token) {
		CalendarFeed feed = this.feeds.findByTokenHash(SecretTokens.hash(token))
			.orElseThrow(() -> new NotFoundException("Calendar feed", 0L));
		Map<Long, String> names = this.groups.of(feed.getAccountId())
			.stream()
			.collect(Collectors.toMap(GroupSummary::id, GroupSummary::name));
		LocalDate today = LocalDate.now(this.clock);
		List<GroupMeeting> theirs = names.isEmpty() ? List.of()
				: this.meetings.between(names.keySet(), today.minusMonths(3), today.plusMonths(12));
		return this.calendar.feed(theirs, names);
	}

	/**
	 * This person's feed, if they have made one: when, and its version for replacing it.
	 */
	Mine mine(SignedInUser user) {
		return this.feeds.findByAccountId(user.accountId())
			.map((f) -> new Mine(LocalDate.ofInstant(f.getCreatedAt(), this.clock.getZone()), f.getVersion()))
			.orElse(new Mine(null, null));
	}

	/**
	 * Makes this person's feed, or replaces its token so the old URL stops working;
	 * returns the new URL, whose token is never stored. The version is the one the page
	 * showed (none if there was no feed), so a second click or another tab cannot replace
	 * a link just made.
	 */
	@Transactional
	String renew(SignedInUser user, Long version) {
		String token = SecretTokens.newToken(this.random);
		Instant now = this.clock.instant();
		CalendarFeed feed = this.feeds.findByAccountId(user.accountId()).orElse(null);
		if (!Objects.equals(version, feed == null ? null : feed.getVersion())) {
			throw new EditClashException(PATH);
		}
		if (feed == null) {
			try {
				this.feeds.saveAndFlush(new CalendarFeed(user.accountId(), SecretTokens.hash(token), now));
			}
			catch (DataIntegrityViolationException ex) {
				// Made at the same moment in another tab.
				throw new EditClashException(PATH);
			}
		}
		else {
			feed.reset(SecretTokens.hash(token), now);
		}
		return this.calendar.link(PATH + "/" + token + ".ics");
	}

	record Mine(LocalDate madeOn, Long version) {

		public boolean made() {
			return this.madeOn != null;
		}

	}

}
