package org.followon.invitation;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.followon.IntegrationTest;
import org.followon.TestMail;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The demo group's coordinator invites someone from the group page, with a real SMTP
 * server (GreenMail) and the whole app on PostgreSQL: the email arrives, and its link
 * sets up an account that lands on the group. Nothing is rolled back: mail goes out only
 * after a commit. The mail server's port makes this its own application context.
 */
@IntegrationTest
class GroupInvitationJourneyIntegrationTests {

	private static final GreenMail smtp = TestMail.server();

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/invitations/[A-Za-z0-9_-]{43})");

	private static final String GOOD = "kettle garden orange";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	private long groupId;

	private RequestPostProcessor coordinator;

	private RequestPostProcessor member;

	@BeforeEach
	void theDemoGroupAndItsCoordinator() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		this.groupId = this.jdbc
			.queryForObject("select id from follow_on_group where name = 'Riverside Thursday group'", Long.class);
		this.coordinator = TestUsers.as(this.accounts.byEmail("coordinator@example.org").orElseThrow().id(),
				Role.MEMBER);
		this.member = TestUsers.as(this.accounts.byEmail("member@example.org").orElseThrow().id(), Role.MEMBER);
	}

	private MvcResult invite(RequestPostProcessor who, String knownAs, String email) throws Exception {
		return this.mvc
			.perform(post("/groups/" + this.groupId + "/invitations/new").with(csrf())
				.with(who)
				.param("knownAs", knownAs)
				.param("email", email))
			.andReturn();
	}

	private MvcResult as(RequestPostProcessor who, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(who)).andReturn();
	}

	private long invitationOf(String knownAs) {
		return this.jdbc.queryForObject("select id from invitation where known_as = ?", Long.class, knownAs);
	}

	/**
	 * What a coordinator or member could have stored: the group's memberships and
	 * invitations.
	 */
	private long storedForTheGroup() {
		return this.jdbc.queryForObject(
				"select (select count(*) from membership where group_id = ?)"
						+ " + (select count(*) from invitation where group_id = ?)",
				Long.class, this.groupId, this.groupId);
	}

	@Test
	void someoneWhoAlreadyHasAnAccountSignsInAndJoinsWithIt() throws Exception {
		String knownAs = "Iolo " + UUID.randomUUID().toString().substring(0, 8);
		invite(this.coordinator, knownAs, "");
		String code = JoinCode.display(
				this.jdbc.queryForObject("select join_code from invitation where known_as = ?", String.class, knownAs));
		long ptv = this.jdbc.queryForObject("""
				insert into account (email, display_name, password_hash, created_at)
				values (?, ?, '{noop}not-used', now()) returning id""", Long.class,
				"iolo-" + UUID.randomUUID() + "@example.org", knownAs);
		this.jdbc.update("insert into account_role (account_id, role) values (?, 'PTV')", ptv);
		RequestPostProcessor iolo = TestUsers.as(ptv, Role.PTV);

		assertThat(this.mvc.perform(get("/join/" + code)).andReturn().getResponse().getContentAsString())
			.as("the set-up page offers a way in for an existing account")
			.containsPattern("href=\"/join/[A-Z0-9-]+/accept\" id=\"join-with-account\"");
		assertThat(this.mvc.perform(get("/join/" + code + "/accept")).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/sign-in");
		assertThat(as(iolo, get("/join/" + code)).getResponse().getRedirectedUrl())
			.isEqualTo("/join/" + code + "/accept");
		assertThat(as(iolo, get("/join/" + code + "/accept")).getResponse().getContentAsString())
			.contains("Join Riverside Thursday group", "You are signed in as PTV " + ptv);

		MvcResult joined = as(iolo, post("/join/" + code + "/accept").with(csrf()));
		assertThat(joined.getResponse().getRedirectedUrl()).isEqualTo("/groups/" + this.groupId);
		assertThat(joined.getFlashMap().get("flash")).isEqualTo("invitation.accepted");
		assertThat(this.jdbc.queryForObject("select account_id from membership where group_id = ? and known_as = ?",
				Long.class, this.groupId, knownAs))
			.isEqualTo(ptv);
		assertThat(this.jdbc.queryForList("select role from account_role where account_id = ?", String.class, ptv))
			.containsExactlyInAnyOrder("PTV", "MEMBER");
		assertThat(as(iolo, get("/groups/" + this.groupId)).getResponse().getStatus()).isEqualTo(200);
		assertThat(as(iolo, post("/join/" + code + "/accept").with(csrf())).getResponse().getStatus()).as("used once")
			.isEqualTo(410);

		// Someone already in the group is told so, and the invitation stays unused.
		String other = "Nia " + UUID.randomUUID().toString().substring(0, 8);
		invite(this.coordinator, other, "");
		String otherCode = this.jdbc.queryForObject("select join_code from invitation where known_as = ?", String.class,
				other);
		MvcResult already = as(this.member, post("/join/" + otherCode + "/accept").with(csrf()));
		assertThat(already.getResponse().getStatus()).isEqualTo(409);
		assertThat(already.getResponse().getContentAsString()).contains("You are already in this group");
		assertThat(this.jdbc.queryForObject("select used_at is null from invitation where known_as = ?", Boolean.class,
				other))
			.isTrue();
	}

	@Test
	void theCoordinatorInvitesByEmailAndTheLinkSetsUpAnAccountOnTheGroup() throws Exception {
		assertThat(as(this.coordinator, get("/groups/" + this.groupId)).getResponse().getContentAsString())
			.contains("href=\"/groups/" + this.groupId + "/invitations/new\"", "Invite someone to join");
		String knownAs = "Brenda " + UUID.randomUUID().toString().substring(0, 8);
		String address = "brenda-" + UUID.randomUUID() + "@example.org";

		MvcResult invited = invite(this.coordinator, knownAs, address);
		long invitationId = invitationOf(knownAs);
		assertThat(invited.getResponse().getRedirectedUrl())
			.isEqualTo("/groups/" + this.groupId + "/invitations/" + invitationId);
		assertThat(invited.getFlashMap().get("flash")).isEqualTo("invitation.group.emailed");
		assertThat(this.jdbc.queryForObject("select count(*) from membership where group_id = ? and known_as = ? "
				+ "and account_id is null and left_on is null", Long.class, this.groupId, knownAs))
			.as("on the group's list of members straight away")
			.isOne();
		String card = as(this.coordinator, get(invited.getResponse().getRedirectedUrl())).getResponse()
			.getContentAsString();
		assertThat(card).contains("We have emailed " + knownAs, "http://localhost:8080/join");

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("an email arrives").isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly(address);
		assertThat(received[0].getSubject()).isEqualTo("Your invitation to join Riverside Thursday group");
		String body = ((String) received[0].getContent()).replace("\r\n", "\n");
		assertThat(body).contains("Hello " + knownAs + ",");
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as("a set-up link in the email").isTrue();

		String groupPage = as(this.coordinator, get("/groups/" + this.groupId)).getResponse().getContentAsString();
		assertThat(groupPage).contains("id=\"invitation-" + invitationId + "\"", knownAs, "Email sent",
				"/groups/" + this.groupId + "/invitations/" + invitationId + "/resend");

		// The person follows the link and sets up their account: they land on the group's
		// page.
		assertThat(this.mvc.perform(get(link.group(1))).andReturn().getResponse().getContentAsString())
			.contains("Riverside Thursday group", "Hello " + knownAs);
		MvcResult done = this.mvc
			.perform(post(link.group(1)).with(csrf())
				.param("email", address)
				.param("password", GOOD)
				.param("confirmPassword", GOOD))
			.andReturn();
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/groups/" + this.groupId);
		long accountId = this.accounts.byEmail(address).orElseThrow().id();
		assertThat(this.jdbc.queryForObject("select account_id from membership where group_id = ? and known_as = ?",
				Long.class, this.groupId, knownAs))
			.isEqualTo(accountId);
		MockHttpSession session = (MockHttpSession) done.getRequest().getSession(false);
		MvcResult landed = this.mvc.perform(get("/groups/" + this.groupId).session(session)).andReturn();
		assertThat(landed.getResponse().getStatus()).isEqualTo(200);
		assertThat(landed.getResponse().getContentAsString()).contains("<h1>Riverside Thursday group</h1>");

		assertThat(as(this.coordinator, get("/groups/" + this.groupId)).getResponse().getContentAsString())
			.as("no longer waiting")
			.doesNotContain("id=\"invitation-" + invitationId + "\"");
	}

	@Test
	void aMemberWhoDoesNotCoordinateIsRefusedAndNothingIsStored() throws Exception {
		long before = storedForTheGroup();
		assertThat(as(this.member, get("/groups/" + this.groupId + "/invitations/new")).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(invite(this.member, "Someone", "someone@example.org").getResponse().getStatus()).isEqualTo(403);
		assertThat(as(this.member, get("/groups/" + this.groupId)).getResponse().getContentAsString())
			.doesNotContain("Invite someone to join");
		assertThat(as(this.coordinator, get("/groups/999999999/invitations/new")).getResponse().getStatus())
			.as("an unknown group")
			.isEqualTo(404);
		assertThat(storedForTheGroup()).isEqualTo(before);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void badInputIsShownAgainAndNothingIsStored() throws Exception {
		long before = storedForTheGroup();
		for (String[] bad : new String[][] { { "", "someone@example.org" }, { "Someone", "someone@example" },
				{ "x".repeat(101), "" } }) {
			MvcResult refused = invite(this.coordinator, bad[0], bad[1]);
			assertThat(refused.getResponse().getStatus()).isEqualTo(200);
			assertThat(refused.getResponse().getContentAsString()).contains("There is a problem");
		}
		assertThat(storedForTheGroup()).isEqualTo(before);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aJoinCodeIsMadeForSomeoneWithoutEmailAndSendingAgainReplacesIt() throws Exception {
		String knownAs = "Alan " + UUID.randomUUID().toString().substring(0, 8);
		invite(this.coordinator, knownAs, "");
		long invitationId = invitationOf(knownAs);
		String oldCode = JoinCode.display(
				this.jdbc.queryForObject("select join_code from invitation where id = ?", String.class, invitationId));
		String cardPage = "/groups/" + this.groupId + "/invitations/" + invitationId;
		assertThat(as(this.coordinator, get(cardPage)).getResponse().getContentAsString())
			.contains("Give " + knownAs + " this join code", oldCode);
		assertThat(this.mvc.perform(get("/join/" + oldCode)).andReturn().getResponse().getContentAsString())
			.contains("Riverside Thursday group", "Hello " + knownAs);
		long version = this.jdbc.queryForObject("select version from invitation where id = ?", Long.class,
				invitationId);

		MvcResult clash = as(this.coordinator,
				post(cardPage + "/resend").with(csrf()).param("version", Long.toString(version + 1)));
		assertThat(clash.getResponse().getStatus()).isEqualTo(409);
		assertThat(this.mvc.perform(get("/join/" + oldCode)).andReturn().getResponse().getStatus()).as("unchanged")
			.isEqualTo(200);
		assertThat(as(this.member, post(cardPage + "/resend").with(csrf()).param("version", Long.toString(version)))
			.getResponse()
			.getStatus()).isEqualTo(403);

		MvcResult renewed = as(this.coordinator,
				post(cardPage + "/resend").with(csrf()).param("version", Long.toString(version)));
		assertThat(renewed.getResponse().getRedirectedUrl()).isEqualTo(cardPage);
		assertThat(this.mvc.perform(get("/join/" + oldCode)).andReturn().getResponse().getStatus()).isEqualTo(404);
		String newCode = JoinCode.display(
				this.jdbc.queryForObject("select join_code from invitation where id = ?", String.class, invitationId));
		assertThat(as(this.coordinator, get(cardPage)).getResponse().getContentAsString()).contains(newCode);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

}
