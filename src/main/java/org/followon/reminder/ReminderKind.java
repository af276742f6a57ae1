package org.followon.reminder;

import java.util.EnumSet;
import java.util.Set;

/**
 * When a message about a meeting goes out, in days from the meeting's day: the reminders
 * a group can choose from, and the request to its coordinators to log it the day after.
 */
enum ReminderKind {

	WEEK_BEFORE(-7), TWO_DAYS_BEFORE(-2), DAY_BEFORE(-1), MORNING_OF(0), LOG_REQUEST(1);

	/** What coordinators choose from on their group's settings page. */
	static final Set<ReminderKind> CHOICES = EnumSet.range(WEEK_BEFORE, MORNING_OF);

	/** A group's times until its coordinators choose others. */
	static final Set<ReminderKind> DEFAULTS = EnumSet.of(TWO_DAYS_BEFORE, MORNING_OF);

	private final int days;

	ReminderKind(int days) {
		this.days = days;
	}

	int days() {
		return this.days;
	}

}
