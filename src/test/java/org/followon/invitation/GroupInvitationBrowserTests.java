package org.followon.invitation;

import java.util.UUID;

import org.followon.account.Accounts;
import org.followon.browser.AbstractBrowserTests;
import org.followon.group.Groups;
import org.followon.group.TestGroups;
import org.followon.group.TestGroups.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo group's coordinator invites someone without email from the group page, gets a
 * card with a join code, and the person uses it to set up their account and land on the
 * group. Every page is checked with axe-core by {@link AbstractBrowserTests}.
 */
class GroupInvitationBrowserTests extends AbstractBrowserTests {

	@Autowired
	private Groups groups;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aCoordinatorInvitesSomeoneWhoJoinsWithTheirCode() {
		signIn("coordinator@example.org");
		go("/groups");
		clickLink("Riverside Thursday group");
		String groupPath = path();
		clickLink("Invite someone to join");
		assertThat(h1()).isEqualTo("Invite someone to join");

		fill("email-field", "not an address");
		clickButton("Invite them");
		assertThat(errorSummaryLinks()).containsExactly("#knownAs-field Enter their name",
				"#email-field Enter an email address in the correct format, like name@example.com");

		String knownAs = "Joan " + UUID.randomUUID().toString().substring(0, 6);
		fill("knownAs-field", knownAs);
		fill("email-field", "");
		clickButton("Invite them");
		assertThat(flash()).isEqualTo("Invitation made. They have been added to the group");
		assertThat(h1()).isEqualTo("Invitation for " + knownAs);
		String code = driver.findElement(By.cssSelector(".app-join-code")).getText();
		assertThat(driver.findElement(By.cssSelector(".app-invitation-card")).getText()).contains("For " + knownAs,
				"/join", "116 123");

		clickLink("Back to the group");
		assertThat(path()).isEqualTo(groupPath);
		assertThat(driver.findElement(By.id("invitations")).getText()).contains(knownAs, "Card to print");
		signOut();

		go("/join");
		fill("code-field", code);
		clickButton("Continue");
		assertThat(h1()).isEqualTo("Set up your account");
		fill("email-field", "joan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		fill("password-field", "blue heron by the canal");
		fill("confirmPassword-field", "blue heron by the canal");
		clickButton("Set up account");
		assertThat(path()).isEqualTo(groupPath);
		assertThat(h1()).isEqualTo("Riverside Thursday group");
		assertThat(driver.findElement(By.id("contact-sheet")).getText()).contains(knownAs);
	}

	@Test
	void someoneWhoAlreadyHasAnAccountSignsInAndJoinsWithIt() {
		Person gwyn = new TestGroups(this.groups, this.accounts, this.jdbc).person("Gwyn Price");
		signIn("coordinator@example.org");
		go("/groups");
		clickLink("Riverside Thursday group");
		clickLink("Invite someone to join");
		fill("knownAs-field", gwyn.name());
		clickButton("Invite them");
		String code = driver.findElement(By.cssSelector(".app-join-code")).getText();
		signOut();

		go("/join");
		fill("code-field", code);
		clickButton("Continue");
		clickLink("Sign in and join with that account");
		fill("email", gwyn.email());
		fill("password", TestGroups.PASSWORD);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(h1()).isEqualTo("Join Riverside Thursday group");
		clickButton("Join the group");
		assertThat(flash()).isEqualTo("You have joined the group");
		assertThat(h1()).isEqualTo("Riverside Thursday group");
	}

}
