package org.followon.reminder;

import java.time.Duration;
import java.time.Instant;

import org.followon.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With scheduling on, the job runs on its cron under ShedLock's lock row. */
@IntegrationTest
@TestPropertySource(properties = { "followon.reminders.scheduled=true", "followon.reminders.cron=* * * * * *" })
class ReminderSchedulingTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theJobRunsOnItsScheduleUnderShedLock() throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
		while (lockRows() == 0 && Instant.now().isBefore(giveUp)) {
			Thread.sleep(200);
		}
		assertThat(lockRows()).isEqualTo(1);
	}

	private int lockRows() {
		return this.jdbc.queryForObject("select count(*) from shedlock where name = 'reminders'", Integer.class);
	}

}
