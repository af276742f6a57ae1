/**
 * Reminders of a group's meetings: at the times its coordinators choose (two days before
 * and on the morning unless they choose otherwise), by email or text as each member
 * chooses for themselves, each sent once even when two instances run the job, a failed
 * one tried again; and, the day after a meeting, a request to its coordinators to log it.
 * Reads meetings from {@link org.followon.meeting.ScheduledMeetings}, members from
 * {@link org.followon.group.Groups}, and sends texts through
 * {@link org.followon.notify.TextMessages}.
 */
@ApplicationModule(allowedDependencies = { "meeting", "group", "notify", "account", "system" })
package org.followon.reminder;

import org.springframework.modulith.ApplicationModule;
