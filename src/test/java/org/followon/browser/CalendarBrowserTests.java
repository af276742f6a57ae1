package org.followon.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo member makes their calendar link from their groups page. Every page is scanned
 * by axe-core.
 */
class CalendarBrowserTests extends AbstractBrowserTests {

	@Test
	void aMemberMakesTheirCalendarLink() {
		signIn("member@example.org");
		clickLink("Add your group's meetings to your phone's calendar");
		assertThat(h1()).isEqualTo("Add your group's meetings to your phone's calendar");
		driver.findElement(By.id("renew")).click();
		// A new link the first time; a replacement if an earlier run made one.
		assertThat(flash()).isIn("Your calendar link is ready",
				"You have a new calendar link. The old one no longer works");
		String url = driver.findElement(By.id("feed-url")).getDomProperty("value");
		assertThat(url).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
		assertThat(driver.findElement(By.id("subscribe-link")).getDomAttribute("href")).startsWith("webcal://");
		go("/calendar");
		assertThat(driver.findElements(By.id("feed-url"))).as("the link is shown only once").isEmpty();
	}

}
