package org.followon.reminder;

import java.util.List;

/** The reminder times a coordinator ticked; none ticked means no reminders. */
record ReminderTimesForm(List<ReminderKind> times, Long version) {
}
