/**
 * Finding a time: a group's coordinators (or supporting PTV) propose 2 to 10 dates and
 * times, members answer each with yes, if need be or no until the poll closes, and a
 * coordinator sees the tally and confirms the best option, which becomes a meeting
 * through {@link org.followon.meeting.Meetings}, or closes the poll without one. Who may
 * do what comes from {@link org.followon.group.Groups#access}. Nothing depends on this
 * module; the group's meetings page links to it by URL.
 */
@ApplicationModule(allowedDependencies = { "meeting", "group", "account", "system" })
package org.followon.poll;

import org.springframework.modulith.ApplicationModule;
