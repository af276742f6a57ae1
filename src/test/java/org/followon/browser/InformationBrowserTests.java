package org.followon.browser;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The information sheets: the patient sheet for anyone, the facilitator guide for
 * clinicians from the Help page, and what a printer would get. Every page is scanned by
 * axe-core.
 */
class InformationBrowserTests extends AbstractBrowserTests {

	@Test
	void anyoneCanReadThePatientSheetFromHelpAndDownloadItAsAPdf() {
		go("/help");
		assertThat(main()).doesNotContain("Facilitator guide");
		clickLink("About follow-on groups: information for patients");
		assertThat(path()).isEqualTo("/information/follow-on-groups");
		assertThat(h1()).isEqualTo("About follow-on groups");
		assertThat(main()).contains("No clinicians come to the meetings.",
				"It is fine to say no. You do not have to give a reason.",
				"you can share your email address but not your mobile number",
				"A patient tutor volunteer helps at the group's first three meetings.",
				"call Samaritans free on 116 123");
		WebElement pdf = driver.findElement(By.linkText("Download this information as a PDF"));
		assertThat(pdf.getDomAttribute("href")).isEqualTo("/information/follow-on-groups.pdf");
	}

	@Test
	void printedSheetsKeepTheUrgentHelpButNotTheNavigation() {
		signIn("clinician@example.org");
		go("/information/facilitator-guide");
		printing(() -> {
			assertThat(shown(".nhsuk-header__navigation")).isFalse();
			assertThat(shown(".nhsuk-header__account")).isFalse();
			assertThat(shown(".nhsuk-breadcrumb")).isFalse();
			assertThat(shown("main h1")).isTrue();
			assertThat(shown("#urgent-help")).isTrue();
			assertThat(driver.findElement(By.cssSelector("main p")).getCssValue("color")).isEqualTo("rgba(0, 0, 0, 1)");
		});
		assertThat(shown(".nhsuk-header__navigation")).isTrue();

		// The patient sheet has urgent help of its own, so the footer's is not printed
		// twice.
		go("/information/follow-on-groups");
		printing(() -> {
			assertThat(shown("#sheet-pdf")).isFalse();
			assertThat(shown("#sheet-help")).isTrue();
			assertThat(shown("#urgent-help")).isFalse();
		});
		assertThat(shown("#urgent-help")).isTrue();
	}

	/**
	 * Runs the checks with the page laid out for paper, as the browser does when
	 * printing.
	 */
	private static void printing(Runnable checks) {
		HasCdp cdp = (HasCdp) driver;
		cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			checks.run();
		}
		finally {
			cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	@Test
	void aClinicianOpensTheFacilitatorGuideFromHelp() {
		signIn("clinician@example.org");
		clickLink("Help");
		clickLink("Facilitator guide: handing a PMP over to its follow-on group");
		assertThat(path()).isEqualTo("/information/facilitator-guide");
		assertThat(h1()).isEqualTo("Facilitator guide: handing a PMP over to its follow-on group");
		assertThat(driver.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList())
			.containsSubsequence("Session 1 (third-last session): introduce the idea",
					"Session 2 (second-last session): talk through the practicalities",
					"Session 3 (final session): hand over to the group", "Watch the group dynamics");
		assertThat(main()).contains("who wants to take part. Opting out is fine, and nobody has to give a reason",
				"name the coordinator or coordinators", "don't let the group become a \"moaning shop\"");
		clickLink("Information sheet for patients");
		assertThat(h1()).isEqualTo("About follow-on groups");
	}

	private boolean shown(String css) {
		return driver.findElement(By.cssSelector(css)).isDisplayed();
	}

	private String main() {
		return driver.findElement(By.cssSelector("main")).getText();
	}

}
