/**
 * Meeting logs: a group's coordinators (or supporting PTV) log what happened at a meeting
 * (whether it went ahead, who came, how, what it covered) and correct it later;
 * attendance over time for the group's organisers and each member's own. Each log is
 * passed to {@link org.followon.group.Groups#meetingHeld} or
 * {@link org.followon.group.Groups#meetingNotHeld}, whose group status follows it. Reads
 * meetings through {@link org.followon.meeting.Meetings}; answers the meeting module's
 * {@link org.followon.meeting.MeetingLogs} (where a meeting's log stands, which meetings
 * are logged) and the group module's {@link org.followon.group.MeetingsToLog}.
 */
@ApplicationModule(allowedDependencies = { "meeting", "group", "account", "system" })
package org.followon.meetinglog;

import org.springframework.modulith.ApplicationModule;
