package org.followon.browser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rest of what a clinician does to a PMP: change its details, cancel and reinstate a
 * session, withdraw a participant; what two people saving at once see; and the pages
 * anyone can read. Every page is scanned by axe-core.
 */
class PmpChangesBrowserTests extends AbstractBrowserTests {

	@Test
	void clinicianChangesAPmpAndASecondSaveIsAClash() {
		String name = "PMP Changes " + UUID.randomUUID().toString().substring(0, 8);
		LocalDate first = LocalDate.now(ZoneId.of("Europe/London"))
			.plusWeeks(2)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));

		signIn("clinician@example.org");
		go("/pmps/new");
		fill("name-field", name);
		fill("site-field", "Hillside Community Hub");
		fill("firstDay-field", String.valueOf(first.getDayOfMonth()));
		fill("firstMonth-field", String.valueOf(first.getMonthValue()));
		fill("firstYear-field", String.valueOf(first.getYear()));
		choose("weekday-THURSDAY");
		fill("startTime-field", "13:30");
		fill("sessionCount-field", "8");
		clickButton("Create PMP and sessions");
		String pmpPath = path();
		assertThat(closureSessions()).containsExactly("session-6", "session-7", "session-8");
		assertThat(main()).contains("13:30 to 16:30");

		// Change the details.
		clickLink("Change details");
		assertThat(h1()).isEqualTo("Change PMP details");
		fill("name-field", name + " (renamed)");
		fill("startTime-field", "9.45");
		clickButton("Save changes");
		assertThat(flash()).isEqualTo("PMP details saved");
		assertThat(h1()).startsWith(name + " (renamed)");
		assertThat(main()).contains("09:45 to 12:45");

		// Cancel session 7: the closure phase becomes the last three that go ahead.
		clickLink("Cancel session 7");
		assertThat(h1()).startsWith("Cancel session 7 on");
		clickButton("Cancel session");
		assertThat(flash()).isEqualTo("Session cancelled");
		assertThat(driver.findElement(By.id("session-7")).getText()).contains("Cancelled");
		assertThat(closureSessions()).containsExactly("session-5", "session-6", "session-8");
		clickButton("Reinstate session 7");
		assertThat(flash()).isEqualTo("Session reinstated");
		assertThat(closureSessions()).containsExactly("session-6", "session-7", "session-8");

		// Enrol, change and withdraw a participant; they stay listed as withdrawn.
		clickButton("Enrol a participant");
		fill("name-field", "Gwyneth Morris");
		clickButton("Enrol participant");
		clickLink("Change Gwyneth Morris");
		assertThat(h1()).isEqualTo("Change participant details");
		fill("preferredName-field", "Gwyn");
		clickButton("Save changes");
		assertThat(flash()).isEqualTo("Participant details saved");
		assertThat(main()).contains("Known as Gwyn");
		clickLink("Withdraw Gwyneth Morris");
		assertThat(h1()).isEqualTo("Withdraw Gwyneth Morris from this PMP?");
		clickButton("Withdraw participant");
		assertThat(flash()).isEqualTo("Participant withdrawn");
		assertThat(main()).contains("No participants enrolled", "Gwyneth Morris", "Withdrawn");

		// Two tabs open the same form; the second save gets the 409 page, and nothing is
		// lost.
		clickLink("Change details");
		String firstTab = driver.getWindowHandle();
		driver.switchTo().newWindow(WindowType.TAB);
		go(pmpPath + "/edit");
		fill("site-field", "Riverside Health Centre");
		clickButton("Save changes");
		assertThat(flash()).isEqualTo("PMP details saved");
		driver.close();
		driver.switchTo().window(firstTab);
		fill("site-field", "Somewhere else");
		clickButton("Save changes");
		assertThat(h1()).isEqualTo("Someone else changed this at the same time");
		clickLink("Go back, check the latest details and make your change again");
		assertThat(path()).isEqualTo(pmpPath);
		assertThat(main()).contains("Riverside Health Centre").doesNotContain("Somewhere else");

		// An unknown PMP is the 404 page.
		go("/pmps/987654321");
		assertThat(h1()).isEqualTo("Page not found");
		go(pmpPath + "/sessions/99/move");
		assertThat(h1()).isEqualTo("Page not found");
		assertThat(accessibility.scannedUrls()).extracting((u) -> u.substring(baseUrl().length()))
			.contains(pmpPath + "/edit", pmpPath + "/sessions/7/cancel", "/pmps/987654321");
	}

	@Test
	void anyoneCanReadTheHomeHelpAndPrivacyPagesWithTheUrgentHelp() {
		go("/");
		assertThat(h1()).isEqualTo("Follow-on groups");
		assertThat(footer()).contains("call 999", "NHS 111", "GP", "Samaritans free on 116 123",
				"not monitored around the clock");
		clickLink("Help");
		assertThat(h1()).isEqualTo("Help");
		clickLink("Privacy");
		assertThat(h1()).isEqualTo("Privacy");
		assertThat(footer()).contains("116 123");
		go("/pmps");
		assertThat(path()).isEqualTo("/sign-in");
		fill("email", "clinician@example.org");
		fill("password", "not the password");
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(errorSummaryLinks()).containsExactly("#email Enter a correct email address and password");
	}

	private String main() {
		return driver.findElement(By.cssSelector("main")).getText();
	}

	private String footer() {
		return driver.findElement(By.cssSelector("footer")).getText();
	}

	private List<String> closureSessions() {
		return driver.findElements(By.cssSelector("#sessions tr.app-closure-row"))
			.stream()
			.map((row) -> row.getDomAttribute("id"))
			.toList();
	}

}
