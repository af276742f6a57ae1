package org.followon.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.followon.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo coordinator schedules a monthly series, the demo member says "going" for the
 * series and "not going" for one meeting, and the coordinator moves that meeting: the
 * member is emailed. Every page is scanned by axe-core.
 */
class MeetingJourneyBrowserTests extends AbstractBrowserTests {

	private static final GreenMail smtp = TestMail.server();

	private static final String VENUE = "Browser journey cafe";

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void removeTheSeries() {
		List<Long> series = this.jdbc.queryForList(
				"select distinct series_id from meeting where venue_name = ? and series_id is not null", Long.class,
				VENUE);
		series.forEach((id) -> {
			this.jdbc.update("delete from meeting_answer where series_id = ? or meeting_id in "
					+ "(select id from meeting where series_id = ?)", id, id);
			this.jdbc.update("delete from meeting where series_id = ?", id);
			this.jdbc.update("delete from meeting_series where id = ?", id);
		});
	}

	@Test
	void aCoordinatorSchedulesAMonthlySeriesMembersAnswerAndAMoveIsEmailed() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		LocalDate from = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(1).withDayOfMonth(1);
		signIn("coordinator@example.org");
		go("/groups");
		clickLink("Riverside Thursday group");
		clickLink("Meetings: dates, places and who is going");
		assertThat(h1()).isEqualTo("Meetings");
		clickLink("Schedule a meeting");
		assertThat(h1()).isEqualTo("Schedule a meeting");
		fill("day-field", Integer.toString(from.getDayOfMonth()));
		fill("month-field", Integer.toString(from.getMonthValue()));
		fill("year-field", Integer.toString(from.getYear()));
		fill("startTime-field", "10:30");
		fill("endTime-field", "12:00");
		fill("venueName-field", VENUE);
		choose("venueType-field");
		choose("accessibility-field");
		choose("repeat-MONTHLY");
		choose("monthWeek-SECOND");
		choose("monthDay-TUESDAY");
		choose("ends-COUNT");
		fill("count-field", "4");
		clickButton("Schedule");
		assertThat(flash()).isEqualTo("The meetings have been scheduled");
		String first = path();
		signOut();

		signIn("member@example.org");
		go(first);
		choose("answer-field");
		choose("wholeSeries-field");
		clickButton("Save your answer");
		assertThat(flash()).isEqualTo("Your answer has been saved for every meeting in this series");
		clickLink("Back");
		List<WebElement> ours = driver.findElements(By.xpath("//li[contains(., '" + VENUE + "')]/a"));
		assertThat(ours).hasSize(4);
		assertThat(driver.findElement(By.id("upcoming-meetings")).getText()).contains("Your answer: Going");
		ours.get(1).click();
		String second = path();
		assertThat(driver.findElement(By.id("series-answer")).getText()).contains("Going");
		choose("answer-NOT_GOING");
		clickButton("Save your answer");
		assertThat(flash()).isEqualTo("Your answer has been saved");
		signOut();

		signIn("coordinator@example.org");
		go(second);
		assertThat(driver.findElement(By.id("answers")).getText()).contains("Peter Hughes Not going");
		clickLink("Change the date, time or place");
		assertThat(h1()).isEqualTo("Change the date, time or place");
		fill("startTime-field", "14:00");
		fill("endTime-field", "15:30");
		clickButton("Save changes");
		assertThat(flash()).isEqualTo("The meeting has been changed and the members have been told");
		assertThat(driver.findElement(By.id("meeting-details")).getText()).contains("14:00 to 15:30");

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage toPeter = null;
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			if (mail.getAllRecipients()[0].toString().equals("member@example.org")) {
				toPeter = mail;
			}
		}
		assertThat(toPeter).as("an email to the member").isNotNull();
		assertThat(toPeter.getSubject()).isEqualTo("Riverside Thursday group: a meeting has changed");
		assertThat(GreenMailUtil.getBody(toPeter)).contains("14:00", "15:30", second).doesNotContain("Linda");

		// The last meeting of the series is called off; the others stay as they are.
		go("/groups/" + second.split("/")[2] + "/meetings");
		List<WebElement> series = driver.findElements(By.xpath("//li[contains(., '" + VENUE + "')]/a"));
		series.get(series.size() - 1).click();
		clickLink("Cancel this meeting");
		assertThat(h1()).startsWith("Cancel the meeting on");
		clickButton("Cancel the meeting");
		assertThat(flash()).isEqualTo("The meeting has been cancelled and the members have been told");
		List<WebElement> after = driver.findElements(By.xpath("//li[contains(., '" + VENUE + "')]"));
		assertThat(after.get(after.size() - 1).getText()).contains("Cancelled");
		assertThat(after.get(0).getText()).doesNotContain("Cancelled");
	}

}
