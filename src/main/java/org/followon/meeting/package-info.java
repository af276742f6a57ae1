/**
 * A group's meetings: scheduling one meeting or a repeating series (every few weeks, or
 * monthly on a given weekday) as one row per meeting, moving or cancelling one of them,
 * members' answers (going, maybe, not going) for a meeting or a whole series, emails to
 * members when a meeting changes, and the demo meetings. Who may do what comes from
 * {@link org.followon.group.Groups#access}; where a group meets is shown only to its
 * current members and supporting PTV. Other modules schedule and read meetings through
 * {@link org.followon.meeting.Meetings} (polls, calendars, meeting logs), check a
 * meeting's place with {@link org.followon.meeting.VenueRules} (a poll's confirmation),
 * and read the meetings still on through {@link org.followon.meeting.ScheduledMeetings}
 * (reminders). The meeting pages show where each meeting's log stands through
 * {@link org.followon.meeting.MeetingLogs}, which the meetinglog module implements.
 */
@ApplicationModule(allowedDependencies = { "group", "account", "system" })
package org.followon.meeting;

import org.springframework.modulith.ApplicationModule;
