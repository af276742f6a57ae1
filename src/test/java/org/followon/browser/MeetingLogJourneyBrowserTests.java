package org.followon.browser;

import java.util.List;

import org.followon.group.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo coordinator logs the demo group's first meeting, which is waiting for her on
 * her home page: three PMP participants came face to face, so the group turns from
 * forming to active, and the demo member sees the meeting in his attendance. Every page
 * is scanned by axe-core.
 */
class MeetingLogJourneyBrowserTests extends AbstractBrowserTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Groups groups;

	/**
	 * The demo group is shared by every test: it goes back to forming, its meeting to "to
	 * log".
	 */
	@AfterEach
	void unlogTheDemoMeeting() {
		List<Long> logged = this.jdbc.queryForList("select meeting_id from meeting_log where group_id = "
				+ "(select id from follow_on_group where name = 'Riverside Thursday group')", Long.class);
		logged.forEach((id) -> {
			this.jdbc.update("delete from meeting_log where meeting_id = ?", id);
			this.groups.meetingNotHeld("meeting:" + id);
		});
	}

	private void tick(String label) {
		choose(driver.findElement(By.xpath("//label[normalize-space(.)='" + label + "']")).getDomAttribute("for"));
	}

	@Test
	void aCoordinatorLogsTheFirstMeetingTheGroupBecomesActiveAndTheMemberSeesIt() {
		signIn("coordinator@example.org");
		go("/groups");
		assertThat(driver.findElement(By.id("waiting")).getText())
			.contains("Riverside Thursday group: 1 meeting to log");
		clickLink("Riverside Thursday group");
		assertThat(driver.findElement(By.cssSelector(".app-group-status")).getText()).startsWith("Forming");
		go("/groups");
		clickLink("Riverside Thursday group: 1 meeting to log");
		assertThat(h1()).isEqualTo("Meetings");
		driver.findElement(By.cssSelector("#to-log a")).click();
		assertThat(h1()).startsWith("Log the meeting on");
		String date = h1().substring("Log the meeting on ".length());

		clickButton("Save the log");
		assertThat(errorSummaryLinks()).containsExactly("#outcome-field Select whether the meeting went ahead");
		choose("outcome-field");
		tick("Linda Evans");
		tick("Peter Hughes");
		tick("Maggie");
		choose("mode-field");
		choose("topics-field");
		choose("topics-PACING");
		fill("note-field", "Coffee by the river; we planned a short walk for next month.");
		clickButton("Save the log");
		assertThat(flash()).isEqualTo("The meeting has been logged");
		assertThat(driver.findElement(By.id("log-status")).getText()).isEqualTo("It went ahead: 3 came, Face to face.");

		go("/groups");
		assertThat(driver.findElements(By.id("waiting"))).isEmpty();
		clickLink("Riverside Thursday group");
		assertThat(driver.findElement(By.cssSelector(".app-group-status")).getText()).startsWith("Active");
		clickLink("Meetings: dates, places and who is going");
		clickLink("Attendance over time");
		assertThat(driver.findElement(By.id("member-attendance")).getText()).contains("Maggie 1 of 1");
		signOut();

		signIn("member@example.org");
		go("/groups");
		clickLink("Riverside Thursday group");
		clickLink("Meetings: dates, places and who is going");
		clickLink("Meetings you have been to");
		assertThat(driver.findElement(By.id("my-meetings")).getText()).contains(date, "Face to face");
		assertThat(driver.findElement(By.id("my-count")).getText())
			.isEqualTo("You came to 1 of the group's last 1 meetings.");
	}

}
