package org.followon.system;

import java.time.Duration;
import java.time.Instant;

import org.followon.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With scheduling on, each module's job runs on its cron under its own ShedLock row. */
@IntegrationTest
@TestPropertySource(properties = { "followon.reminders.scheduled=true", "followon.reminders.cron=* * * * * *",
		"followon.concerns.scheduled=true", "followon.concerns.cron=* * * * * *" })
class ScheduledJobsTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theRemindersAndConcernsJobsRunOnTheirSchedulesUnderShedLock() throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
		while ((lockRows("reminders") == 0 || lockRows("concerns") == 0) && Instant.now().isBefore(giveUp)) {
			Thread.sleep(200);
		}
		assertThat(lockRows("reminders")).isEqualTo(1);
		assertThat(lockRows("concerns")).isEqualTo(1);
	}

	private int lockRows(String name) {
		return this.jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class, name);
	}

}
