package org.followon.browser;

import java.io.File;
import java.util.List;

import org.followon.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Base for tests that drive the running app in headless Chromium. One browser serves
 * every browser test of the run; each page the tests show is checked with axe-core
 * against WCAG 2.2 AA (see {@link AccessibilityScanner}), and a test fails if any page
 * has a violation.
 *
 * <p>
 * Needs Chromium's headless shell and its driver at
 * {@code /usr/bin/chromium-headless-shell} and {@code /usr/bin/chromedriver}
 * ({@code apt-get install chromium-headless-shell chromium-driver}); without them the
 * tests fail rather than being skipped, so a missing browser cannot pass for a green
 * build. The headless shell is the same Blink as Chromium without the desktop browser
 * around it, and ran the browser tests in about three-quarters of the time (decision 56).
 */
@IntegrationTest
public abstract class AbstractBrowserTests {

	static final String CHROMIUM = "/usr/bin/chromium-headless-shell";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	static final String DEMO_PASSWORD = "followon-demo";

	/**
	 * Replaces the text of the field with this id by selecting it and inserting the new
	 * text (or deleting it), then signals the change; answers whether the field now holds
	 * exactly that text.
	 */
	private static final String TYPE = """
			var el = document.getElementById(arguments[0]), text = arguments[1];
			if (!el || el.disabled || el.readOnly || el.getClientRects().length === 0) { return false; }
			el.focus();
			el.select();
			document.execCommand(text === '' ? 'delete' : 'insertText', false, text);
			if (el.value !== text) { return false; }
			el.dispatchEvent(new Event('change', { bubbles: true }));
			return true;""";

	private static ChromeDriver raw;

	/**
	 * The browser; every navigation, click and submit through it is scanned for
	 * accessibility.
	 */
	protected static WebDriver driver;

	/** What axe-core has scanned and found in the current test. */
	protected static AccessibilityScanner accessibility;

	@LocalServerPort
	private int port;

	/**
	 * One Chromium for the whole run, started by the first browser test and stopped when
	 * the JVM ends: starting one per test class cost seconds each, and every test starts
	 * signed out anyway ({@link #startAfresh()}).
	 */
	@BeforeAll
	static synchronized void startBrowser() {
		if (raw != null) {
			return;
		}
		for (String path : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!new File(path).canExecute()) {
				fail(path + " is missing, and browser tests need it. Install Chromium's headless shell and "
						+ "its driver with `apt-get install chromium-headless-shell chromium-driver`.");
			}
		}
		// No --user-data-dir: given one, the headless shell opens no page for
		// chromedriver to find. chromedriver gives it a throw-away profile and removes
		// it on quit.
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
				"--window-size=1280,1024");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		raw = new ChromeDriver(service, options);
		Runtime.getRuntime().addShutdownHook(new Thread(raw::quit, "chromium-stop"));
		accessibility = new AccessibilityScanner(raw);
		driver = new ScanningDecorator(accessibility).decorate(raw);
		driver.get("about:blank");
		if (accessibility.events() == 0) {
			fail("The accessibility listener is not being called, so no page would be checked");
		}
	}

	@BeforeEach
	void startAfresh() {
		// Each test starts signed out, with nothing scanned.
		if (raw.getCurrentUrl() != null && raw.getCurrentUrl().startsWith(baseUrl())) {
			raw.manage().deleteAllCookies();
		}
		accessibility.reset();
	}

	@AfterEach
	void failOnAccessibilityViolations() {
		accessibility.scanIfNew();
		List<String> problems = accessibility.problems();
		if (!problems.isEmpty()) {
			fail(problems.size() + " accessibility problem(s) found by axe-core ("
					+ String.join(", ", AccessibilityScanner.TAGS) + "):\n" + String.join("\n", problems));
		}
	}

	// Helpers

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** Opens a path of the app, like "/pmps". */
	protected void go(String path) {
		driver.get(baseUrl() + path);
	}

	/** The current path (and query), without the host. */
	protected String path() {
		return driver.getCurrentUrl().substring(baseUrl().length());
	}

	protected void signIn(String email) {
		signIn(email, DEMO_PASSWORD);
	}

	protected void signIn(String email, String password) {
		go("/sign-in");
		fill("email", email);
		fill("password", password);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(driver.findElements(By.cssSelector(".nhsuk-error-summary"))).as("sign-in as %s failed", email)
			.isEmpty();
	}

	protected void signOut() {
		clickButton("Sign out");
	}

	/**
	 * Types into the input with this id, replacing what was there. One script edits the
	 * field through the browser's editing, as typing does (input events fire, a
	 * {@code maxlength} holds): WebDriver's clear and key-by-key typing took a quarter of
	 * a second a field here. Where the script cannot (a field that is hidden, disabled or
	 * read-only, or that is missing), WebDriver types, and fails as it does.
	 */
	protected void fill(String id, String text) {
		if (!Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(TYPE, id, text))) {
			WebElement input = driver.findElement(By.id(id));
			input.clear();
			input.sendKeys(text);
		}
	}

	/**
	 * Selects a radio or ticks a checkbox by its id, through its label as a person would.
	 */
	protected void choose(String id) {
		if (!isSelected(id)) {
			driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
		}
		assertThat(isSelected(id)).as("%s is selected", id).isTrue();
	}

	private boolean isSelected(String id) {
		Object checked = ((JavascriptExecutor) driver)
			.executeScript("var el = document.getElementById(arguments[0]); return el ? el.checked : null;", id);
		if (checked == null) {
			// Not there: WebDriver's failure names what is missing.
			return driver.findElement(By.id(id)).isSelected();
		}
		return Boolean.TRUE.equals(checked);
	}

	/**
	 * Clicks the button (or link styled as one) whose text, including any hidden text, is
	 * this.
	 */
	protected void clickButton(String text) {
		one("button", text, "//button[normalize-space(.)=%1$s] | //input[@type='submit' and @value=%1$s]"
				+ " | //a[@role='button' and normalize-space(.)=%1$s]")
			.click();
	}

	/** Clicks the link whose text, including any visually hidden text, is this. */
	protected void clickLink(String text) {
		one("link", text, "//a[normalize-space(.)=%1$s]").click();
	}

	private WebElement one(String kind, String text, String xpath) {
		List<WebElement> found = driver.findElements(By.xpath(xpath.formatted(xpathLiteral(text))));
		assertThat(found).as("a %s \"%s\" on %s", kind, text, driver.getCurrentUrl()).isNotEmpty();
		return found.get(0);
	}

	private static String xpathLiteral(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		if (!text.contains("\"")) {
			return "\"" + text + "\"";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	/** The page's main heading, as shown. */
	protected String h1() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	/** The text of the success banner, or null if there is none. */
	protected String flash() {
		List<WebElement> banners = driver.findElements(By.cssSelector(".nhsuk-notification-banner__heading"));
		return banners.isEmpty() ? null : banners.get(0).getText();
	}

	/**
	 * The NHS error summary's links, as "href text" pairs; each must lead to an element
	 * on the page.
	 */
	protected List<String> errorSummaryLinks() {
		List<WebElement> summaries = driver.findElements(By.cssSelector(".nhsuk-error-summary"));
		assertThat(summaries).as("an error summary on %s", driver.getCurrentUrl()).hasSize(1);
		List<WebElement> links = summaries.get(0).findElements(By.cssSelector(".nhsuk-error-summary__list a"));
		assertThat(links).as("links in the error summary").isNotEmpty();
		return links.stream().map((a) -> {
			String href = a.getDomAttribute("href");
			assertThat(href).as("error summary link %s", a.getText()).startsWith("#");
			assertThat(driver.findElements(By.id(href.substring(1))))
				.as("the field %s that the error summary links to", href)
				.hasSize(1);
			return href + " " + a.getText();
		}).toList();
	}

	/**
	 * The error message shown for a field (the text of {@code <field>-error}), without
	 * "Error:".
	 */
	protected String fieldError(String field) {
		List<WebElement> errors = driver.findElements(By.id(field + "-error"));
		assertThat(errors).as("an error message for %s", field).hasSize(1);
		return errors.get(0).getText().replaceFirst("^Error:\\s*", "");
	}

}
