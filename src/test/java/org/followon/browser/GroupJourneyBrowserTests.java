package org.followon.browser;

import java.time.DayOfWeek;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.followon.TestMail;
import org.followon.account.Accounts;
import org.followon.group.Groups;
import org.followon.group.TestGroups;
import org.followon.group.TestGroups.Group;
import org.followon.group.TestGroups.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What members do with their groups, from issue 4, each as one person's journey: handing
 * on the coordinator's role, leaving, and finding a group to join after a PMP. Each test
 * makes its own group and people, so the demo group is left as it is. Every page is
 * scanned by axe-core.
 */
class GroupJourneyBrowserTests extends AbstractBrowserTests {

	private static final GreenMail smtp = TestMail.server();

	private static final Pattern GROUP_LINK = Pattern.compile("https?://[^/\\s]+(/groups/\\d+)");

	@Autowired
	private Groups groups;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	private TestGroups fixtures;

	@BeforeEach
	void fixtures() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		this.fixtures = new TestGroups(this.groups, this.accounts, this.jdbc);
	}

	private void signIn(Person person) {
		signIn(person.email(), TestGroups.PASSWORD);
	}

	/** From the person's groups page to this group's page. */
	private void openGroup(Group group) {
		go("/groups");
		clickLink(group.name());
		assertThat(h1()).isEqualTo(group.name());
	}

	private String main() {
		return driver.findElement(By.tagName("main")).getText();
	}

	private boolean hasLink(String text) {
		return !driver.findElements(By.linkText(text)).isEmpty();
	}

	@Test
	void aCoordinatorStepsDownNamingASuccessorWhoThenSeesTheCoordinatorsLinks() {
		Person coordinator = this.fixtures.person("Alun Jenkins");
		Person successor = this.fixtures.person("Bethan Rees");
		Group group = this.fixtures.group("Bridge group", coordinator, successor, this.fixtures.person("Carys Morgan"));

		signIn(successor);
		openGroup(group);
		assertThat(hasLink("Keep the list of members")).isFalse();
		signOut();

		signIn(coordinator);
		openGroup(group);
		clickLink("Step down as coordinator");
		assertThat(h1()).isEqualTo("Step down as coordinator");
		choose("successorId-" + this.fixtures.membership(group, successor));
		clickButton("Step down");
		assertThat(path()).isEqualTo(group.path());
		assertThat(flash()).isEqualTo("You have stepped down as coordinator");
		assertThat(driver.findElement(By.id("coordinators")).getText()).isEqualTo("Bethan Rees (Coordinator)");
		assertThat(hasLink("Keep the list of members")).isFalse();
		assertThat(main()).doesNotContain("This group needs a coordinator");
		signOut();

		signIn(successor);
		openGroup(group);
		assertThat(hasLink("Step down as coordinator")).isTrue();
		assertThat(hasLink("Change the group's details")).isTrue();
		clickLink("Keep the list of members");
		assertThat(h1()).isEqualTo("Members");
		assertThat(driver.findElement(By.id("roster")).getText()).contains("Alun Jenkins", "Carys Morgan");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aMemberLeavesSayingWhyAndNoLongerSeesTheGroup() {
		Person member = this.fixtures.person("Hywel Parry");
		Group group = this.fixtures.group("Leaving group", this.fixtures.person("Gareth Lewis"), member);

		signIn(member);
		openGroup(group);
		clickLink("Leave this group");
		assertThat(h1()).isEqualTo("Leave this group");
		choose("reason-TRAVEL_OR_TIME");
		clickButton("Leave the group");
		assertThat(path()).isEqualTo("/groups");
		assertThat(flash()).isEqualTo("You have left the group");
		assertThat(main()).doesNotContain(group.name());

		go(group.path());
		assertThat(h1()).isEqualTo("You cannot see this page");
		assertThat(this.jdbc.queryForObject("select left_reason from membership where id = ?", String.class,
				this.fixtures.membership(group, member)))
			.isEqualTo("TRAVEL_OR_TIME");
	}

	@Test
	void someoneFromAPastPmpFindsAnOpenGroupAsksToJoinAndIsAccepted() throws Exception {
		Person coordinator = this.fixtures.person("Nia Pryce");
		Group group = this.fixtures.group("Canal walkers", coordinator, this.fixtures.person("Owen Bevan"));
		this.fixtures.open(group, "Canalside", DayOfWeek.TUESDAY, false);
		Person asker = this.fixtures.person("Ruth Ellis");

		signIn(asker);
		go("/groups");
		assertThat(main()).doesNotContain(group.name());
		clickLink("Find a group");
		assertThat(h1()).isEqualTo("Groups open to new members");
		fill("area", "canal");
		clickButton("Show groups");
		assertThat(driver.findElement(By.id("directory-results")).getText()).contains(group.name(), "Area: Canalside")
			.doesNotContain("Nia Pryce", "Owen Bevan");
		clickLink("Ask to join " + group.name());
		assertThat(h1()).isEqualTo("Ask to join " + group.name());
		fill("message-field", "I did my programme at Riverside last spring");
		clickButton("Ask to join");
		assertThat(flash()).isEqualTo("Your request has been sent to the group's coordinators");
		assertThat(driver.findElement(By.id("my-requests")).getText())
			.isEqualTo(group.name() + ": Waiting for an answer");
		signOut();

		signIn(coordinator);
		openGroup(group);
		assertThat(driver.findElement(By.id("join-requests")).getText()).contains("Ruth Ellis",
				"I did my programme at Riverside last spring");
		clickButton("Accept Ruth Ellis");
		assertThat(flash()).isEqualTo("Request accepted: they are now a member");
		assertThat(driver.findElements(By.id("join-requests"))).isEmpty();
		assertThat(driver.findElement(By.id("contact-sheet")).getText()).contains("Ruth Ellis");
		signOut();

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("the answer is emailed").isTrue();
		MimeMessage answer = smtp.getReceivedMessages()[0];
		assertThat(answer.getAllRecipients()[0].toString()).isEqualTo(asker.email());
		assertThat(answer.getSubject()).isEqualTo("You have joined " + group.name());
		Matcher link = GROUP_LINK.matcher(GreenMailUtil.getBody(answer));
		assertThat(link.find()).as("a link to the group in the email").isTrue();
		assertThat(link.group(1)).isEqualTo(group.path());

		signIn(asker);
		go(link.group(1));
		assertThat(h1()).isEqualTo(group.name());
		assertThat(driver.findElement(By.id("contact-sheet")).getText()).contains("Nia Pryce", coordinator.mobile());
		go("/groups");
		assertThat(main()).contains(group.name() + ": Accepted");
		clickLink(group.name());
		assertThat(path()).isEqualTo(group.path());
	}

	@Test
	void aCoordinatorClosesTheGroupWithAReasonAndReopensIt() {
		Person coordinator = this.fixtures.person("Olwen Davies");
		Group group = this.fixtures.group("Harbour group", coordinator, this.fixtures.person("Rhys Evans"));
		signIn(coordinator);
		openGroup(group);
		clickLink("Close the group");
		assertThat(h1()).isEqualTo("Close the group");
		clickButton("Close the group");
		assertThat(errorSummaryLinks()).containsExactly("#reason-field Select why the group is closing");
		choose("reason-MEMBERS_DECIDED");
		clickButton("Close the group");
		assertThat(flash()).isEqualTo("The group has been closed");
		assertThat(driver.findElement(By.id("closed")).getText())
			.contains("This group has closed: The members decided to stop.");
		clickButton("Reopen the group");
		assertThat(flash()).isEqualTo("The group has been reopened");
		assertThat(driver.findElements(By.id("closed"))).isEmpty();
	}

}
