package org.followon.concern;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.followon.system.FollowOnSettings;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The concerns' working hours; and the job on its schedule
 * ({@code followon.concerns.cron}), one instance at a time under ShedLock. The timer is
 * off when {@code followon.concerns.scheduled} is false: tests run the job themselves.
 */
@Configuration(proxyBeanMethods = false)
class ConcernScheduling {

	@Bean
	WorkingHours concernWorkingHours(ConcernSettings settings, FollowOnSettings shared) {
		return WorkingHours.of(settings, shared.timeZone());
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "followon.concerns.scheduled", matchIfMissing = true)
	Timer concernTimer(ConcernJob job) {
		return new Timer(job);
	}

	static class Timer {

		private final ConcernJob job;

		Timer(ConcernJob job) {
			this.job = job;
		}

		@Scheduled(cron = "${followon.concerns.cron}", zone = "${followon.time-zone}")
		@SchedulerLock(name = "concerns", lockAtMostFor = "PT10M")
		public void tick() {
			this.job.run();
		}

	}

}
