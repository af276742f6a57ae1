/**
 * Calendars: a meeting's calendar file to download, and each person's private calendar
 * feed of their current groups' meetings, which calendar apps fetch with a secret link,
 * written as iCalendar by ical4j. Reads meetings through
 * {@link org.followon.meeting.Meetings} and a person's groups and access through
 * {@link org.followon.group.Groups}; owns the calendar feeds (table
 * {@code calendar_feed}).
 */
@ApplicationModule(allowedDependencies = { "meeting", "group", "account", "system" })
package org.followon.calendar;

import org.springframework.modulith.ApplicationModule;
