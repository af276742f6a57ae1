package org.followon.reminder;

import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code followon.reminders.*}: when reminders go out and how often a failed one is
 * tried. The job's timer has its own switches, {@code followon.reminders.cron} and
 * {@code followon.reminders.scheduled} (see {@link ReminderScheduling}).
 *
 * @param sendAt the time of day reminders go out, so many days before a meeting (on the
 * day: at the latest an hour before it starts), in the service's time zone
 * @param maxAttempts how many times a reminder that failed to send is tried in all
 */
@ConfigurationProperties("followon.reminders")
@Validated
record ReminderSendingSettings(@NotNull @DefaultValue("08:00") LocalTime sendAt,
		@Positive @DefaultValue("3") int maxAttempts) {

}
