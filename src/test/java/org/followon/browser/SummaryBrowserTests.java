package org.followon.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff read the network summary, choose another half-year and then dates of their own
 * (with a mistake first); a clinician sees the summary of their own PMPs. Every page is
 * scanned by axe-core.
 */
class SummaryBrowserTests extends AbstractBrowserTests {

	private String period() {
		return driver.findElement(By.id("period")).getText();
	}

	private void openThePeriodChooser() {
		WebElement details = driver.findElement(By.id("choose-period"));
		if (details.getDomAttribute("open") == null) {
			details.findElement(By.tagName("summary")).click();
		}
	}

	@Test
	void staffChooseAnotherPeriodAndCliniciansSeeTheirOwnPmps() {
		signIn("staff@example.org");
		go("/network/summary");
		assertThat(h1()).isEqualTo("Network summary");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("This is the latest complete half-year");
		List<WebElement> charts = driver.findElements(By.cssSelector("svg[role=img]"));
		assertThat(charts).isNotEmpty();

		openThePeriodChooser();
		Select half = new Select(driver.findElement(By.id("half-field")));
		String chosen = half.getOptions().get(0).getText();
		half.selectByIndex(0);
		clickButton("Show this half-year");
		assertThat(path()).startsWith("/network/summary?half=");
		assertThat(driver.findElement(By.tagName("main")).getText())
			.doesNotContain("This is the latest complete half-year");
		openThePeriodChooser();
		assertThat(new Select(driver.findElement(By.id("half-field"))).getFirstSelectedOption().getText())
			.isEqualTo(chosen);
		fill("fromDay-field", "1");
		fill("fromMonth-field", "7");
		fill("fromYear-field", "2025");
		fill("toDay-field", "30");
		fill("toMonth-field", "6");
		fill("toYear-field", "2025");
		clickButton("Show these dates");
		assertThat(errorSummaryLinks())
			.containsExactly("#toDay-field The end date must be the same as or after the start date");

		fill("toYear-field", "2026");
		clickButton("Show these dates");
		assertThat(period()).isEqualTo("From 1 Jul 2025 to 30 Jun 2026");
		clickLink("How each figure is worked out");
		assertThat(driver.findElement(By.id("definitions")).getText()).isEqualTo("How each figure is worked out");

		signOut();
		signIn("clinician@example.org");
		go("/network/summary");
		assertThat(h1()).isEqualTo("Summary of your PMPs and their groups");
	}

}
