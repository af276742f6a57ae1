package org.followon.system;

import java.util.Map;
import java.util.stream.Collectors;

import org.followon.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module's job is scheduled on its cron and runs under its own ShedLock row. The
 * tests' scheduler never fires a job by itself, so this runs each scheduled task once, as
 * a tick of its cron would, instead of waiting for one.
 */
@IntegrationTest
class ScheduledJobsIntegrationTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ObjectProvider<ScheduledTaskHolder> holders;

	@Test
	void theRemindersAndConcernsJobsRunOnTheirSchedulesUnderShedLock() {
		Map<String, CronTask> jobs = this.holders.stream()
			.flatMap((holder) -> holder.getScheduledTasks().stream())
			.filter((scheduled) -> scheduled.getTask() instanceof CronTask)
			.map((scheduled) -> (CronTask) scheduled.getTask())
			.collect(Collectors.toMap((task) -> task.getRunnable().toString(), (task) -> task));
		CronTask reminders = job(jobs, "ReminderScheduling");
		CronTask concerns = job(jobs, "ConcernScheduling");
		assertThat(reminders.getExpression()).isEqualTo("0 */10 * * * *");
		assertThat(concerns.getExpression()).isEqualTo("0 */5 * * * *");

		reminders.getRunnable().run();
		concerns.getRunnable().run();

		assertThat(lockRows("reminders")).isEqualTo(1);
		assertThat(lockRows("concerns")).isEqualTo(1);
	}

	private static CronTask job(Map<String, CronTask> jobs, String configuration) {
		return jobs.entrySet()
			.stream()
			.filter((job) -> job.getKey().contains(configuration))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no job scheduled by " + configuration + " in " + jobs.keySet()));
	}

	private int lockRows(String name) {
		return this.jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class, name);
	}

}
