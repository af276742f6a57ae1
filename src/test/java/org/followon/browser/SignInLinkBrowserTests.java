package org.followon.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import org.followon.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member who has forgotten their password asks for a sign-in link, follows it from the
 * email and is signed in; the same link later explains that it has been used. Every page
 * is scanned by axe-core.
 */
class SignInLinkBrowserTests extends AbstractBrowserTests {

	private static final GreenMail smtp = TestMail.server();

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/login/ott\\?token=[0-9a-f-]+)");

	@Test
	void aMemberSignsInWithAnEmailedLinkOnce() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		go("/sign-in");
		clickLink("Forgotten your password?");
		assertThat(h1()).isEqualTo("Reset your password");

		go("/sign-in");
		clickButton("Email me a sign-in link");
		assertThat(errorSummaryLinks()).containsExactly("#email-field Enter your email address");

		fill("email-field", "member@example.org");
		clickButton("Email me a sign-in link");
		assertThat(path()).isEqualTo("/sign-in/check-email");
		assertThat(h1()).isEqualTo("Check your email");

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("the email arrives").isTrue();
		Matcher link = LINK.matcher(((String) smtp.getReceivedMessages()[0].getContent()).replace("\r\n", "\n"));
		assertThat(link.find()).as("a sign-in link in the email").isTrue();

		go(link.group(1));
		assertThat(h1()).isEqualTo("Sign in to Follow-on groups");
		clickButton("Sign in");
		assertThat(path()).as("a member lands on their groups").isEqualTo("/groups");
		assertThat(driver.findElements(By.xpath("//button[normalize-space(.)='Sign out']"))).as("signed in")
			.isNotEmpty();

		signOut();
		go(link.group(1));
		clickButton("Sign in");
		assertThat(path()).isEqualTo("/sign-in/link-problem");
		assertThat(h1()).isEqualTo("This sign-in link does not work any more");
	}

}
