package org.followon.reminder;

import jakarta.validation.constraints.NotNull;

/** How a member wants their reminders. */
record ReminderPreferenceForm(@NotNull ReminderChannel channel, Long version) {
}
