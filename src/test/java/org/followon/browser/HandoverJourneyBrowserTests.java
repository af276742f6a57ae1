package org.followon.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.followon.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closure-phase handover of the demo PMP in its closure phase, as a clinician and a
 * PTV run it in the room: introduce, record eight people's decisions (six join, two do
 * not, one giving a reason), plan a group with two coordinators and a first meeting,
 * confirm, and open the pack. Every page is scanned by axe-core.
 */
class HandoverJourneyBrowserTests extends AbstractBrowserTests {

	private static final GreenMail smtp = TestMail.server();

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/invitations/[A-Za-z0-9_-]+)");

	/**
	 * Angela Rees's mobile in the demo data; she agrees to share her email but not this.
	 */
	private static final String ANGELAS_MOBILE = "07700 900022";

	@Test
	void clinicianAndPtvHandACohortOverToItsOwnGroup() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		signIn("clinician@example.org");
		go("/pmps");
		clickLink("PMP Autumn – Riverside");
		clickButton("Closure-phase handover");
		assertThat(h1()).isEqualTo("Handover: PMP Autumn – Riverside");
		String handoverPath = path();

		// Step 1: introduce.
		clickLink("Record the introduction");
		choose("informationSheetGiven-field");
		clickButton("Save changes");
		assertThat(flash()).isEqualTo("Introduction recorded");
		assertThat(main()).contains("Introduced on", "by Gwen Roberts with Dr Asha Patel",
				"The information sheet was given.");

		// Step 2: the PTV records the first four people.
		signOut();
		signIn("ptv@example.org");
		go(handoverPath);
		clickLink("Record what each person decided");
		assertThat(main()).contains("0 want to join, 0 decided it is not for them, 8 not decided yet");
		clickLink("Record Angela Rees");
		decide("Angela Rees", "choice-field", true, false, null);
		decide("Chris", "choice-field", true, true, null);
		decide("Gareth Powell", "choice-field", false, false, null);
		decide("Kevin Jenkins", "choice-field", true, false, "role-COORDINATOR");

		// ...and the clinician the other four, one of whom gives a reason for not
		// joining.
		signOut();
		signIn("clinician@example.org");
		go(handoverPath + "/discuss");
		clickLink("Record Nigel Owen");
		choose("choice-NOT_FOR_ME");
		choose("reason-COMMITMENTS");
		clickButton("Save and go to the next person");
		decide("Pat", "choice-field", true, true, "role-CO_COORDINATOR");
		assertThat(h1()).isEqualTo("Pauline Wood");
		choose("choice-NOT_FOR_ME");
		clickButton("Save and go to the next person");
		assertThat(h1()).isEqualTo("Ruth Phillips");
		choose("choice-field");
		choose("shareEmail-field");
		clickButton("Save and go back to the list");
		assertThat(main()).contains("6 want to join, 2 decided it is not for them, 0 not decided yet");
		assertThat(driver.findElement(By.id("summary-channels")).getText()).contains("WhatsApp (5)");

		// Step 3: plan the group.
		clickLink("Back");
		clickButton("Plan a group");
		fill("name-field", "Riverside Tuesday group");
		tick("coordinatorIds", "Kevin Jenkins");
		tick("coordinatorIds", "Pat");
		choose("frequency-MONTHLY");
		choose("channel-WHATSAPP");
		LocalDate first = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(3);
		fill("day-field", String.valueOf(first.getDayOfMonth()));
		fill("month-field", String.valueOf(first.getMonthValue()));
		fill("year-field", String.valueOf(first.getYear()));
		fill("time-field", "10:30");
		fill("venue-field", "Riverside Leisure Centre cafe");
		tick("supportingPtvId", "Gwen Roberts");
		clickButton("Save group");
		assertThat(flash()).isEqualTo("Group saved");
		assertThat(main()).contains("Riverside Tuesday group", "Coordinators: Kevin Jenkins, Pat");

		clickButton("Confirm the hand-over");
		assertThat(h1()).isEqualTo("Confirm the hand-over");
		clickButton("Confirm the hand-over");
		assertThat(flash()).isEqualTo("Hand-over confirmed");
		assertThat(main()).contains("Groups formed", "Riverside Tuesday group", "Nigel Owen", "Pauline Wood");

		// What was decided stays on record, with who recorded it, and can no longer
		// change.
		go(handoverPath + "/discuss");
		clickLink("View Angela Rees");
		assertThat(driver.findElement(By.id("history")).getText()).contains("Gwen Roberts", "Wants to join; email");
		assertThat(main()).contains("The hand-over has been confirmed");
		assertThat(driver.findElements(By.xpath("//main//button[@type='submit']"))).isEmpty();
		go(handoverPath);

		// The pack shows only what each person agreed to share, and never those not
		// joining.
		clickLink("handover pack");
		assertThat(h1()).isEqualTo("Handover pack: Riverside Tuesday group");
		String sheet = driver.findElement(By.id("contact-sheet")).getText();
		assertThat(sheet).contains("Angela Rees", "angela.rees@example.org", "Kevin Jenkins (Coordinator)",
				"Pat (Coordinator)", "Gareth Powell");
		assertThat(sheet).doesNotContain(ANGELAS_MOBILE, "Nigel Owen", "Pauline Wood");
		assertThat(driver.findElement(By.id("pack-pdf")).getDomAttribute("href")).endsWith("/pack.pdf");
		String groupPath = driver.findElement(By.cssSelector(".nhsuk-back-link")).getDomAttribute("href");

		// Everyone joining who gave an email gets an invitation; the others get printed
		// cards.
		assertThat(smtp.waitForIncomingEmail(10_000, 4)).isTrue();
		MimeMessage[] mails = smtp.getReceivedMessages();
		assertThat(mails).extracting(HandoverJourneyBrowserTests::recipient)
			.containsExactlyInAnyOrder("angela.rees@example.org", "christine.baker@example.org",
					"patricia.griffiths@example.org", "ruth.phillips@example.org");
		MimeMessage angelas = java.util.Arrays.stream(mails)
			.filter((m) -> recipient(m).equals("angela.rees@example.org"))
			.findFirst()
			.orElseThrow();
		String body = GreenMailUtil.getBody(angelas);
		assertThat(body).contains("Riverside Tuesday group").doesNotContain(ANGELAS_MOBILE, "Kevin Jenkins");
		Matcher link = LINK.matcher(body.replace("=\r\n", "").replace("=\n", ""));
		assertThat(link.find()).as("an invitation link in the email").isTrue();

		// Angela follows her link, sets up her account and lands on her group.
		signOut();
		go(link.group(1));
		assertThat(main()).contains("Riverside Tuesday group");
		fill("password-field", "kettle garden orange");
		fill("confirmPassword-field", "kettle garden orange");
		clickButton("Set up account");
		assertThat(path()).isEqualTo(groupPath);
		assertThat(flash()).isEqualTo("Your account is set up. Welcome to your group.");
		assertThat(h1()).isEqualTo("Riverside Tuesday group");
		assertThat(driver.findElement(By.id("contact-sheet")).getText()).contains("Chris", "Pat")
			.doesNotContain(ANGELAS_MOBILE);

		// Later she decides the group is not for her, and says why.
		clickLink("Leave this group");
		choose("reason-TRAVEL_OR_TIME");
		clickButton("Leave the group");
		assertThat(flash()).isEqualTo("You have left the group");
		go(groupPath);
		assertThat(h1()).isEqualTo("You cannot see this page");

		assertThat(accessibility.scannedUrls()).extracting((u) -> u.substring(baseUrl().length()))
			.contains(handoverPath, handoverPath + "/introduce", handoverPath + "/discuss",
					handoverPath + "/groups/new", handoverPath + "/confirm");
	}

	/** Records one person's decision on their page and moves on to the next person. */
	private void decide(String knownAs, String choice, boolean shareEmail, boolean shareMobile, String role) {
		assertThat(h1()).isEqualTo(knownAs);
		choose(choice);
		if (shareEmail) {
			choose("shareEmail-field");
		}
		if (shareMobile) {
			choose("shareMobile-field");
		}
		choose("suitableDays-TUESDAY");
		choose("suitableTimes-field");
		choose("channels-WHATSAPP");
		if (role != null) {
			choose(role);
		}
		clickButton("Save and go to the next person");
		assertThat(flash()).isEqualTo("Decision saved");
	}

	/** Ticks the box or radio for this person in the named group of choices. */
	private void tick(String field, String label) {
		List<WebElement> inputs = driver.findElements(By
			.xpath("//input[@name='" + field + "'][following-sibling::label[normalize-space()='" + label + "']]"));
		assertThat(inputs).as("%s for %s", field, label).hasSize(1);
		choose(inputs.get(0).getDomAttribute("id"));
	}

	private static String recipient(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String main() {
		return driver.findElement(By.cssSelector("main")).getText();
	}

}
