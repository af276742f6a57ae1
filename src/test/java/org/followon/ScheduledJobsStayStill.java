package org.followon;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;

/**
 * A task scheduler that takes every scheduled job and never runs it, so that the jobs are
 * set up exactly as in production (their cron, their ShedLock) without a timer changing
 * data under the tests. Tests run a job's task themselves when they need it (see
 * ScheduledJobsIntegrationTests).
 */
@TestConfiguration(proxyBeanMethods = false)
class ScheduledJobsStayStill {

	@Bean
	TaskScheduler taskScheduler() {
		return new NeverRuns();
	}

	static final class NeverRuns implements TaskScheduler {

		@Override
		public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
			return Never.INSTANCE;
		}

		@Override
		public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
			return Never.INSTANCE;
		}

		@Override
		public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
			return Never.INSTANCE;
		}

		@Override
		public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
			return Never.INSTANCE;
		}

		@Override
		public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
			return Never.INSTANCE;
		}

		@Override
		public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
			return Never.INSTANCE;
		}

	}

	/** A run that is always pending and never comes. */
	static final class Never implements ScheduledFuture<Object> {

		static final Never INSTANCE = new Never();

		@Override
		public long getDelay(TimeUnit unit) {
			return Long.MAX_VALUE;
		}

		@Override
		public int compareTo(Delayed other) {
			return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
		}

		@Override
		public boolean cancel(boolean mayInterruptIfRunning) {
			return true;
		}

		@Override
		public boolean isCancelled() {
			return false;
		}

		@Override
		public boolean isDone() {
			return false;
		}

		@Override
		public Object get() {
			throw new IllegalStateException("A scheduled job never runs on its own in the tests");
		}

		@Override
		public Object get(long timeout, TimeUnit unit) {
			throw new IllegalStateException("A scheduled job never runs on its own in the tests");
		}

	}

}
