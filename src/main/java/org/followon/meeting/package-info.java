/**
 * A group's meetings: scheduling one meeting or a repeating series (every few weeks, or
 * monthly on a given weekday) as one row per meeting, moving or cancelling one of them,
 * members' answers (going, maybe, not going) for a meeting or a whole series, and emails
 * to members when a meeting changes. Who may do what comes from
 * {@link org.followon.group.Groups#access}; where a group meets is shown only to its
 * current members and supporting PTV. Other modules read the meetings still on through
 * {@link org.followon.meeting.ScheduledMeetings} (reminders).
 */
package org.followon.meeting;
