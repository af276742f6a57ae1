package org.followon.browser;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.followon.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo member raises a concern about another member of the Riverside Thursday group
 * from the group's page; the duty inbox gets an alert with a link and no personal
 * details; the demo clinician, on the duty rota, opens the link, acknowledges the concern
 * and closes it; the member sees it closed. Every page is scanned by axe-core.
 */
class ConcernJourneyBrowserTests extends AbstractBrowserTests {

	private static final GreenMail smtp = TestMail.server();

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aMemberRaisesAConcernTheDutyClinicianClosesItAndTheMemberSeesTheStatus() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		long groupId = this.jdbc
			.queryForObject("select id from follow_on_group where name = 'Riverside Thursday group'", Long.class);
		signIn("member@example.org");
		go("/groups/" + groupId);
		clickLink("Worried about someone in this group, or about yourself? Raise a concern with the pain service");
		assertThat(h1()).isEqualTo("Raise a concern");
		assertThat(driver.findElement(By.id("urgent-now")).getText()).contains("call 999", "NHS 111", "116 123");
		assertThat(driver.findElement(By.id("concern-group")).getText()).contains("Riverside Thursday group");

		clickButton("Send to the pain service");
		assertThat(errorSummaryLinks()).contains("#about-field Choose who you are worried about",
				"#whatHappened-field Say what has happened");
		choose(driver.findElement(By.xpath("//label[normalize-space(.)='Linda Evans']")).getDomAttribute("for"));
		String words = "Linda said at the meeting that she cannot see the point any more.";
		fill("whatHappened-field", words);
		choose("urgency-field");
		choose("personKnows-NO");
		choose("contactBy-field");
		clickButton("Send to the pain service");
		assertThat(flash()).isEqualTo("Your concern has been sent to the pain service");
		assertThat(h1()).isEqualTo("Your concern");
		assertThat(driver.findElement(By.id("concern-status")).getText()).startsWith("Received");
		assertThat(driver.findElement(By.id("what-next")).getText()).contains("will read your concern by");
		String concernPath = "/concerns/" + path().substring("/concerns/mine/".length());

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		List<MimeMessage> alerts = Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> GreenMailUtil.getBody(m).contains(concernPath + "\n")
					|| GreenMailUtil.getBody(m).contains(concernPath + "\r"))
			.toList();
		assertThat(alerts).hasSize(1);
		assertThat(alerts.get(0).getAllRecipients()[0].toString()).isEqualTo("pain-service@example.org");
		String alert = alerts.get(0).getSubject() + "\n" + GreenMailUtil.getBody(alerts.get(0));
		assertThat(alert).doesNotContain("Linda", "Evans", "Peter", "Hughes", "Riverside", words, "the point");
		signOut();

		signIn("clinician@example.org");
		go(concernPath);
		assertThat(h1()).startsWith("Concern");
		assertThat(driver.findElement(By.id("what-happened")).getText()).isEqualTo(words);
		clickButton("Acknowledge: I am dealing with this");
		assertThat(flash()).isEqualTo("You have acknowledged the concern");
		choose("outcome-field");
		fill("outcomeNote-field", "Phoned Linda; she has an appointment with her GP today.");
		clickButton("Close the concern");
		assertThat(flash()).isEqualTo("The concern is closed");
		assertThat(driver.findElement(By.id("history")).getText()).contains("Raised", "Alert sent", "Acknowledged",
				"Closed");
		assertThat(driver.findElement(By.id("reads")).findElements(By.tagName("li")))
			.as("opened, then shown again after acknowledging and after closing")
			.hasSize(3);
		clickLink("Closed concerns");
		assertThat(h1()).isEqualTo("Closed concerns");
		String id = concernPath.substring("/concerns/".length());
		assertThat(driver.findElement(By.id("closed-" + id)).getText()).contains("Riverside Thursday group",
				"Spoke to the person the concern is about");
		signOut();

		signIn("member@example.org");
		go("/concerns/mine");
		String row = driver.findElement(By.id("concern-" + concernPath.substring("/concerns/".length()))).getText();
		assertThat(row).contains("Linda Evans", "Closed");
		assertThat(driver.getPageSource()).doesNotContain("appointment with her GP");
	}

}
