package org.followon.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo coordinator asks the group for a time with three options, the demo member
 * answers with the keyboard alone, and the coordinator confirms the best one, which
 * becomes one of the group's meetings. Every page is scanned by axe-core.
 */
class PollJourneyBrowserTests extends AbstractBrowserTests {

	private static final String TITLE = "Browser journey poll";

	private static final String VENUE = "Browser poll library";

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void removeThePoll() {
		List<Long> polls = this.jdbc.queryForList("select id from poll where title = ?", Long.class, TITLE);
		polls.forEach((id) -> {
			this.jdbc.update("delete from poll_answer where poll_id = ?", id);
			this.jdbc.update(
					"update poll set confirmed_option_id = null, meeting_id = null, status = 'CLOSED' where id = ?",
					id);
			this.jdbc.update("delete from poll_option where poll_id = ?", id);
			this.jdbc.update("delete from poll where id = ?", id);
		});
		this.jdbc.update("delete from meeting_answer where meeting_id in (select id from meeting where venue_name = ?)",
				VENUE);
		this.jdbc.update("delete from meeting where venue_name = ?", VENUE);
	}

	private void option(int row, LocalDate on, String start, String end) {
		String p = "options[" + row + "].";
		fill(p + "day-field", Integer.toString(on.getDayOfMonth()));
		fill(p + "month-field", Integer.toString(on.getMonthValue()));
		fill(p + "year-field", Integer.toString(on.getYear()));
		fill(p + "startTime-field", start);
		fill(p + "endTime-field", end);
	}

	@Test
	void aCoordinatorProposesThreeTimesAMemberAnswersByKeyboardAndTheBestBecomesAMeeting() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		signIn("coordinator@example.org");
		go("/groups");
		clickLink("Riverside Thursday group");
		clickLink("Meetings: dates, places and who is going");
		clickLink("Find a time that suits everyone");
		assertThat(h1()).isEqualTo("Finding a time");
		clickLink("Ask the group for a time");
		fill("title-field", TITLE);
		option(0, today.plusDays(20), "10:00", "12:00");
		option(1, today.plusDays(21), "14:00", "16:00");
		fill("options[1].venueName-field", VENUE);
		new Select(driver.findElement(By.id("options[1].venueType-field"))).selectByValue("COMMUNITY_SPACE");
		// An option that ends before it starts is shown with the option's number, and
		// nothing is lost.
		option(2, today.plusDays(22), "11:00", "9:00");
		clickButton("Send the poll to the group");
		assertThat(errorSummaryLinks())
			.containsExactly("#options[2].endTime-field The end time of option 3 must be after its start time");
		fill("options[2].endTime-field", "13:00");
		clickButton("Send the poll to the group");
		assertThat(flash()).startsWith("The poll has been made");
		String poll = path();
		signOut();

		signIn("member@example.org");
		go(poll);
		// Keyboard only: Space picks "Yes", an arrow key moves to the next answer, Tab to
		// the next time.
		WebElement first = driver.findElement(By.cssSelector("#answers-form input[type=radio]"));
		first.sendKeys(Keys.SPACE);
		driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
		driver.switchTo().activeElement().sendKeys(Keys.TAB);
		driver.switchTo().activeElement().sendKeys(Keys.SPACE);
		driver.switchTo().activeElement().sendKeys(Keys.TAB);
		driver.switchTo().activeElement().sendKeys(Keys.SPACE);
		driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
		driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
		driver.switchTo().activeElement().sendKeys(Keys.TAB);
		assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Save your answers");
		driver.switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(flash()).isEqualTo("Your answers have been saved");
		List<WebElement> checked = driver.findElements(By.cssSelector("#answers-form input[type=radio]:checked"));
		assertThat(checked).extracting((e) -> e.getDomAttribute("value")).containsExactly("IF_NEED_BE", "YES", "NO");
		signOut();

		signIn("coordinator@example.org");
		go(poll);
		WebElement tally = driver.findElement(By.id("tally"));
		List<WebElement> rows = tally.findElements(By.cssSelector("tbody tr"));
		assertThat(rows.get(0).getText()).contains(VENUE, "Best so far");
		rows.get(0).findElement(By.tagName("a")).click();
		assertThat(h1()).isEqualTo("Confirm the time");
		assertThat(driver.findElement(By.id("venueName-field")).getDomProperty("value")).isEqualTo(VENUE);
		clickButton("Confirm and tell the group");
		assertThat(flash()).isEqualTo("The time has been confirmed and the members have been told");
		assertThat(driver.findElement(By.id("meeting-details")).getText()).contains("14:00 to 16:00", VENUE);
		clickLink("Back");
		assertThat(driver.findElement(By.id("upcoming-meetings")).getText()).contains(VENUE);
	}

}
