package org.followon.browser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinician sets up a PMP, moves a session and enrols participants; a member cannot see
 * it. Every page on the way is checked with axe-core by {@link AbstractBrowserTests}.
 */
class PmpJourneyBrowserTests extends AbstractBrowserTests {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	@Test
	void clinicianSetsUpAPmpAndAMemberCannotSeeIt() {
		String name = "PMP Browser Journey " + UUID.randomUUID().toString().substring(0, 8);
		LocalDate first = LocalDate.now(ZoneId.of("Europe/London"))
			.plusWeeks(3)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));

		signIn("clinician@example.org");
		assertThat(headerNavigation()).contains("My PMPs");
		clickLink("My PMPs");
		assertThat(h1()).isEqualTo("My PMPs");
		int pmpsBefore = pmpLinks().size();
		assertThat(pmpsBefore).as("the demo PMPs at least").isGreaterThanOrEqualTo(3);

		// An empty form is refused with the NHS error summary, and nothing is created.
		clickButton("Set up a new PMP");
		assertThat(h1()).isEqualTo("Set up a new PMP");
		assertThat(driver.findElement(By.id("clinicianIds-field")).isSelected()).as("the clinician is pre-ticked")
			.isTrue();
		clickButton("Create PMP and sessions");
		assertThat(h1()).isEqualTo("Set up a new PMP");
		assertThat(errorSummaryLinks()).contains("#name-field Enter a name or code for the PMP",
				"#site-field Enter the site or venue", "#firstDay-field Enter the date of the first session",
				"#weekday-field Select the day of the week", "#startTime-field Enter the start time");
		assertThat(fieldError("name")).isEqualTo("Enter a name or code for the PMP");
		clickLink("Back");
		assertThat(pmpLinks()).as("PMPs after the refused form").hasSize(pmpsBefore);

		// Filled in properly, the PMP is created with its weekly sessions.
		clickButton("Set up a new PMP");
		fill("name-field", name);
		fill("site-field", "Browser Test Clinic, Room 1");
		fill("firstDay-field", String.valueOf(first.getDayOfMonth()));
		fill("firstMonth-field", String.valueOf(first.getMonthValue()));
		fill("firstYear-field", String.valueOf(first.getYear()));
		choose("weekday-WEDNESDAY");
		fill("startTime-field", "10:00");
		fill("sessionCount-field", "10");
		assertThat(driver.findElement(By.id("clinicianIds-field")).isSelected()).isTrue();
		choose("ptvIds-field");
		clickButton("Create PMP and sessions");

		assertThat(path()).matches("/pmps/\\d+");
		String pmpPath = path();
		assertThat(flash()).isEqualTo("PMP created with its weekly sessions");
		assertThat(h1()).startsWith(name);
		assertThat(driver.findElement(By.id("pmp-status")).getText()).isEqualTo("Not started");
		List<WebElement> rows = driver.findElements(By.cssSelector("#sessions tbody tr"));
		assertThat(rows).extracting((r) -> r.getDomAttribute("id"))
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 10).mapToObj((n) -> "session-" + n).toList());
		for (int n = 1; n <= 10; n++) {
			boolean closure = n >= 8;
			WebElement row = session(n);
			assertThat(row.getText()).as("session %d", n).contains(SHOWN.format(first.plusWeeks(n - 1)));
			assertThat(tags(row).contains("Closure phase")).as("session %d has the closure tag", n).isEqualTo(closure);
			assertThat(row.getDomAttribute("class") != null && row.getDomAttribute("class").contains("app-closure-row"))
				.as("session %d is marked as closure phase", n)
				.isEqualTo(closure);
		}
		assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Dr Asha Patel", "Gwen Roberts");

		// Session 4 moves to the next day.
		LocalDate session4 = first.plusWeeks(3);
		LocalDate moved = session4.plusDays(1);
		clickLink("Change date session 4");
		assertThat(h1()).isEqualTo("Change the date of session 4");
		enterDate(moved);
		clickButton("Move session");
		assertThat(path()).isEqualTo(pmpPath);
		assertThat(flash()).isEqualTo("Session moved");
		assertThat(tags(session(4))).contains("Moved");
		assertThat(session(4).getText()).contains(SHOWN.format(moved));

		// Session 5 cannot move past session 6.
		LocalDate session6 = first.plusWeeks(5);
		clickLink("Change date session 5");
		enterDate(session6.plusDays(1));
		clickButton("Move session");
		assertThat(h1()).isEqualTo("Change the date of session 5");
		assertThat(errorSummaryLinks())
			.containsExactly("#day-field The new date must be between " + SHORT.format(moved.plusDays(1)) + " and "
					+ SHORT.format(session6.minusDays(1)) + ", so that the sessions stay in order");
		assertThat(fieldError("day")).startsWith("The new date must be between");
		clickLink("Back");
		assertThat(tags(session(5))).doesNotContain("Moved");
		assertThat(session(5).getText()).contains(SHOWN.format(first.plusWeeks(4)));

		// Participants: with contact details, with just a name, with a preferred name,
		// with monitoring.
		assertThat(participantsCount()).isEqualTo("No participants enrolled");
		enrol("Alice Brown", null, "alice.brown@example.org", "07700 900123");
		assertThat(participantsCount()).isEqualTo("1 participant enrolled");
		enrol("Bob Smith", null, null, null);

		clickButton("Enrol a participant");
		fill("name-field", "Eve Invalid");
		fill("email-field", "no-at-sign");
		fill("mobile-field", "12345");
		clickButton("Enrol participant");
		assertThat(h1()).isEqualTo("Enrol a participant");
		assertThat(errorSummaryLinks()).containsExactlyInAnyOrder(
				"#email-field Enter an email address in the correct format, like name@example.com",
				"#mobile-field Enter a UK mobile number, like 07700 900123 or +44 7700 900123");
		assertThat(fieldError("email"))
			.isEqualTo("Enter an email address in the correct format, like name@example.com");
		assertThat(fieldError("mobile")).isEqualTo("Enter a UK mobile number, like 07700 900123 or +44 7700 900123");
		assertThat(driver.findElement(By.id("email-field")).getDomProperty("value")).isEqualTo("no-at-sign");
		clickLink("Back");
		assertThat(participantsCount()).isEqualTo("2 participants enrolled");
		assertThat(participantList()).doesNotContain("Eve Invalid");

		enrol("Catherine Jones", "Cathy", null, null);
		clickButton("Enrol a participant");
		fill("name-field", "Dev Kumar");
		choose("gender-MAN");
		choose("ageBand-FROM_40_TO_49");
		clickButton("Enrol participant");
		assertThat(flash()).isEqualTo("Participant enrolled");

		assertThat(participantsCount()).isEqualTo("4 participants enrolled");
		assertThat(participantList()).contains("Alice Brown", "alice.brown@example.org", "07700 900123", "Bob Smith",
				"Catherine Jones", "Known as Cathy", "Dev Kumar");

		// A member cannot see PMPs at all.
		signOut();
		assertThat(path()).isEqualTo("/?signedOut");
		signIn("member@example.org");
		assertThat(headerNavigation()).doesNotContain("My PMPs");
		go("/pmps");
		assertThat(h1()).isEqualTo("You cannot see this page");
		go(pmpPath);
		assertThat(h1()).isEqualTo("You cannot see this page");
		assertThat(driver.getPageSource()).doesNotContain(name);
		assertThat(headerNavigation()).doesNotContain("My PMPs");

		assertThat(accessibility.scannedUrls()).extracting((u) -> u.substring(baseUrl().length()))
			.contains("/sign-in", "/", "/pmps", "/pmps/new", pmpPath, pmpPath + "/sessions/4/move",
					pmpPath + "/sessions/5/move", pmpPath + "/participants/new", "/?signedOut");
	}

	private void enrol(String fullName, String preferredName, String email, String mobile) {
		clickButton("Enrol a participant");
		assertThat(h1()).isEqualTo("Enrol a participant");
		fill("name-field", fullName);
		if (preferredName != null) {
			fill("preferredName-field", preferredName);
		}
		if (email != null) {
			fill("email-field", email);
		}
		if (mobile != null) {
			fill("mobile-field", mobile);
		}
		clickButton("Enrol participant");
		assertThat(flash()).as("enrolling %s", fullName).isEqualTo("Participant enrolled");
	}

	private void enterDate(LocalDate date) {
		fill("day-field", String.valueOf(date.getDayOfMonth()));
		fill("month-field", String.valueOf(date.getMonthValue()));
		fill("year-field", String.valueOf(date.getYear()));
	}

	private WebElement session(int number) {
		return driver.findElement(By.id("session-" + number));
	}

	private static List<String> tags(WebElement row) {
		return row.findElements(By.cssSelector(".nhsuk-tag")).stream().map(WebElement::getText).toList();
	}

	private List<WebElement> pmpLinks() {
		return driver.findElements(By.cssSelector("main table a[href^='/pmps/']"));
	}

	private String participantsCount() {
		return driver.findElement(By.cssSelector("#participants + p")).getText();
	}

	private String participantList() {
		List<WebElement> tables = driver.findElements(By.id("participant-list"));
		return tables.isEmpty() ? "" : tables.get(0).getText();
	}

	private String headerNavigation() {
		return driver.findElement(By.cssSelector("header.nhsuk-header")).getText();
	}

}
