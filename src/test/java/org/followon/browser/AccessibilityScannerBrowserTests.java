package org.followon.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the harness itself: that axe-core really runs on each page and reports what it
 * finds.
 */
class AccessibilityScannerBrowserTests extends AbstractBrowserTests {

	@Test
	void scansEachNewPageOnceAfterNavigatingOrClicking() {
		go("/");
		clickLink("Help");
		assertThat(h1()).isEqualTo("Help");
		go("/help");

		assertThat(accessibility.scannedUrls()).extracting((u) -> u.substring(baseUrl().length()))
			.containsExactly("/", "/help", "/help");
		assertThat(accessibility.problems()).isEmpty();
	}

	@Test
	void reportsViolationsOnPagesUnderTheContentSecurityPolicy() {
		go("/");
		JavascriptExecutor js = (JavascriptExecutor) driver;
		// The app's policy forbids inline scripts; axe-core still runs, loaded as
		// a script from the app's own origin, which the policy allows.
		Object inlineRan = js.executeScript("var s = document.createElement('script');"
				+ "s.textContent = 'window.__inlineRan = true'; document.head.appendChild(s);"
				+ "return window.__inlineRan === true;");
		assertThat(inlineRan).as("an inline script ran despite the Content-Security-Policy").isEqualTo(false);

		js.executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
				+ "'<img id=\"no-alt\" src=\"/assets/images/favicon.svg\">'); window.__axeScanned = false;");
		accessibility.scanIfNew();

		assertThat(accessibility.problems()).singleElement()
			.asString()
			.contains("image-alt [critical]", "Images must have alternative text", "#no-alt", baseUrl() + "/");
		accessibility.reset();
	}

}
