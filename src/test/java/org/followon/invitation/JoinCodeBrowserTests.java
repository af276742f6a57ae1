package org.followon.invitation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.followon.account.Accounts;
import org.followon.browser.AbstractBrowserTests;
import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.group.Groups;
import org.followon.group.MembershipRole;
import org.followon.group.NewGroup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone without email is handed a card at the hand-over, types its join code loosely,
 * sets up their account and lands on their group's page; the clinician then sees it used.
 * Every page is checked with axe-core by {@link AbstractBrowserTests}.
 */
class JoinCodeBrowserTests extends AbstractBrowserTests {

	@Autowired
	private Groups groups;

	@Autowired
	private Invitations invitations;

	@Autowired
	private InvitationService service;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aPersonWithACardSetsUpTheirAccountAndLandsOnTheirGroup() {
		long pmpId = this.jdbc.queryForObject("select id from pmp where name = 'PMP Spring – Riverside'", Long.class);
		Map<String, Object> person = this.jdbc.queryForMap("select id, coalesce(preferred_name, name) as known_as "
				+ "from participant where pmp_id = ? and email is null order by id limit 1", pmpId);
		long participantId = ((Number) person.get("id")).longValue();
		String knownAs = (String) person.get("known_as");
		long clinicianId = this.accounts.byEmail("clinician@example.org").orElseThrow().id();
		String name = "Card Group " + UUID.randomUUID().toString().substring(0, 8);
		Groups.FormedGroup group = this.groups.form(new NewGroup(name, pmpId, Frequency.FORTNIGHTLY, null,
				Channel.PHONE, LocalDate.now().plusWeeks(1), LocalTime.of(10, 30), "The Library Cafe", null, null,
				clinicianId, List.of(new NewGroup.NewMember(participantId, knownAs, null, null, false, false,
						MembershipRole.MEMBER, null))));
		long membershipId = group.membershipByParticipant().get(participantId);
		this.invitations.invite(pmpId, group.groupId(),
				List.of(new Invitations.Invitee(participantId, membershipId, knownAs, null)), clinicianId);
		InvitationRow card = this.service.forPmp(pmpId)
			.stream()
			.filter((r) -> r.groupId() == group.groupId())
			.findFirst()
			.orElseThrow();

		// The code as someone might type it from the card: lower case, a space for the
		// dash.
		go("/join");
		assertThat(h1()).isEqualTo("Join your group");
		fill("code-field", card.joinCode().toLowerCase(Locale.UK).replace("-", " "));
		clickButton("Continue");
		assertThat(path()).isEqualTo("/join/" + card.joinCode());
		assertThat(h1()).isEqualTo("Set up your account");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Hello " + knownAs, name);

		clickButton("Set up account");
		assertThat(errorSummaryLinks()).containsExactly("#email-field Enter your email address",
				"#password-field Create a password", "#confirmPassword-field Type your password again");

		String email = "card-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		fill("email-field", email);
		fill("password-field", "password");
		fill("confirmPassword-field", "password");
		clickButton("Set up account");
		assertThat(fieldError("password")).startsWith("This password is too easy to guess");

		fill("password-field", "blue heron by the canal");
		fill("confirmPassword-field", "blue heron by the canal");
		clickButton("Set up account");
		assertThat(path()).isEqualTo("/groups/" + group.groupId());
		assertThat(flash()).isEqualTo("Your account is set up. Welcome to your group.");
		assertThat(h1()).isEqualTo(name);
		assertThat(driver.findElement(By.cssSelector("header")).getText()).contains(knownAs);

		// The clinician sees the invitation used, and no card left to print for it.
		signOut();
		signIn("clinician@example.org");
		go("/pmps/" + pmpId + "/handover/invitations");
		assertThat(driver.findElement(By.id("invitation-" + card.id())).getText()).contains(knownAs, name,
				"Account set up");
		clickLink("Print join code cards");
		assertThat(h1()).isEqualTo("Join code cards");
		assertThat(driver.findElements(By.id("card-" + card.id()))).isEmpty();
	}

}
