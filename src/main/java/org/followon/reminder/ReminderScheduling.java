package org.followon.reminder;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reminder job on its schedule ({@code followon.reminders.cron}), one instance
 * at a time under ShedLock (set up in the system module). Off when
 * {@code followon.reminders.scheduled} is false: tests run the job themselves.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "followon.reminders.scheduled", matchIfMissing = true)
class ReminderScheduling {

	@Bean
	Timer reminderTimer(ReminderJob job) {
		return new Timer(job);
	}

	static class Timer {

		private final ReminderJob job;

		Timer(ReminderJob job) {
			this.job = job;
		}

		@Scheduled(cron = "${followon.reminders.cron}", zone = "${followon.time-zone}")
		@SchedulerLock(name = "reminders")
		public void tick() {
			this.job.run();
		}

	}

}
