package org.followon.reminder;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The reminder times a coordinator ticked; none ticked means no reminders. */
record ReminderTimesForm(List<ReminderKind> times, Long version) {

	Set<ReminderKind> chosen() {
		Set<ReminderKind> chosen = EnumSet.noneOf(ReminderKind.class);
		if (this.times != null) {
			chosen.addAll(this.times);
		}
		return chosen;
	}

}
