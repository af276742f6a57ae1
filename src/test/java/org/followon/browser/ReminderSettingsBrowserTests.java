package org.followon.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo coordinator chooses when the group is reminded, and the demo member chooses
 * not to be reminded and then changes back to email. Every page is scanned by axe-core.
 */
class ReminderSettingsBrowserTests extends AbstractBrowserTests {

	@Test
	void theCoordinatorChoosesTheTimesAndAMemberChoosesHowTheyAreReminded() {
		signIn("coordinator@example.org");
		clickLink("Riverside Thursday group");
		clickLink("Choose when members are reminded");
		assertThat(h1()).isEqualTo("When members are reminded");
		assertThat(driver.findElement(By.cssSelector("main")).getText())
			.contains("Text messages are switched off for this service");
		clickButton("Save changes");
		assertThat(flash()).isEqualTo("The reminder times have been saved");
		signOut();

		signIn("member@example.org");
		clickLink("Riverside Thursday group");
		clickLink("Choose how you get reminders");
		assertThat(h1()).isEqualTo("How you get reminders");
		choose("channel-NONE");
		clickButton("Save changes");
		assertThat(flash()).isEqualTo("How you get reminders has been saved");
		clickLink("Choose how you get reminders");
		assertThat(driver.findElement(By.cssSelector("main")).getText())
			.contains("At the moment you do not get reminders.");
		choose("channel-field");
		clickButton("Save changes");
		assertThat(flash()).isEqualTo("How you get reminders has been saved");
	}

}
