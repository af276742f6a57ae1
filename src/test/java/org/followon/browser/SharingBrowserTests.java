package org.followon.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo coordinator withdraws her consent to share her mobile, and the demo member no
 * longer sees it. Every page is scanned by axe-core.
 */
class SharingBrowserTests extends AbstractBrowserTests {

	private static final String LINDAS_MOBILE = "07700 900010";

	@Test
	void aMemberWithdrawsTheirMobileAndItDisappearsFromAnotherMembersView() {
		signIn("member@example.org");
		assertThat(h1()).as("a member lands on their groups").isEqualTo("Your groups");
		clickLink("Riverside Thursday group");
		assertThat(contactSheet()).contains(LINDAS_MOBILE);
		signOut();

		signIn("coordinator@example.org");
		go("/groups");
		clickLink("Riverside Thursday group");
		clickLink("Change what you share");
		assertThat(h1()).isEqualTo("What you share with your group");
		assertThat(driver.findElement(By.id("shareMobile-field")).isSelected()).isTrue();
		driver.findElement(By.cssSelector("label[for='shareMobile-field']")).click();
		clickButton("Save changes");
		assertThat(flash()).isEqualTo("What you share has been saved");
		clickLink("Keep the list of members");
		assertThat(h1()).isEqualTo("Members");
		clickLink("Back");
		clickLink("Step down as coordinator");
		assertThat(h1()).isEqualTo("Step down as coordinator");
		assertThat(main()).contains("Peter Hughes", "Nobody yet");
		clickLink("Carry on coordinating");
		clickLink("Change the group's details");
		assertThat(h1()).isEqualTo("About the group");
		fill("area-field", "Riverside");
		choose("openToNewMembers-field");
		clickButton("Save changes");
		assertThat(flash()).isEqualTo("The group's details have been saved");
		signOut();

		signIn("member@example.org");
		go("/groups");
		clickLink("Riverside Thursday group");
		assertThat(contactSheet()).doesNotContain(LINDAS_MOBILE).contains("Linda Evans");
		clickLink("Find a group");
		assertThat(h1()).isEqualTo("Groups open to new members");
		driver.findElement(By.cssSelector("#directory-filter button")).click();
		assertThat(path()).startsWith("/directory?");
		clickLink("Ask to join Riverside Thursday group");
		assertThat(main()).contains("You are already a member of this group");
		assertThat(accessibility.scannedUrls()).anyMatch((u) -> u.endsWith("/sharing"));
	}

	private String main() {
		return driver.findElement(By.cssSelector("main")).getText();
	}

	private String contactSheet() {
		return driver.findElement(By.id("contact-sheet")).getText();
	}

}
