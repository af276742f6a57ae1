package org.followon.reminder;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reminder job on its schedule ({@code followon.reminders.cron}), one instance at a time:
 * ShedLock holds a row in the {@code shedlock} table, timed by the database's clock. Off when
 * {@code followon.reminders.scheduled} is false: tests run the job themselves.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "followon.reminders.scheduled", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ReminderScheduling {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

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
