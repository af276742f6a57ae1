package org.followon.concern;

import java.time.ZoneId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The concerns' settings and working hours; and the job on its schedule
 * ({@code followon.concerns.cron}), one instance at a time under ShedLock. The timer is
 * off when {@code followon.concerns.scheduled} is false: tests run the job themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConcernSettings.class)
class ConcernScheduling {

	@Bean
	WorkingHours concernWorkingHours(ConcernSettings settings, @Value("${followon.time-zone}") ZoneId zone) {
		return WorkingHours.of(settings, zone);
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
