package org.followon.meeting;

/**
 * One meeting as other modules (calendars, meeting logs) see it: when and where, whether
 * it has been cancelled, and its version, which goes up each time it changes.
 */
public record GroupMeeting(long id, long groupId, MeetingDetails details, boolean cancelled, long version) {

}
