package org.followon.invitation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.followon.IntegrationTest;
import org.followon.TestMail;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.SignedInUser;
import org.followon.account.TestUsers;
import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.group.Groups;
import org.followon.group.MembershipRole;
import org.followon.group.NewGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Invitations from a formed group to a member's own account, with a real SMTP server
 * (GreenMail) and the whole app on PostgreSQL. Nothing is rolled back: mail goes out only
 * after a commit. The mail server's port makes this the one extra application context.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class InvitationJourneyIntegrationTests {

	private static final GreenMail smtp = TestMail.server();

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/invitations/[A-Za-z0-9_-]{43})");

	private static final String GOOD = "kettle garden orange";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Invitations invitations;

	@Autowired
	private InvitationService service;

	@Autowired
	private Groups groups;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@MockitoSpyBean
	private JavaMailSender mailSender;

	private long pmpId;

	private SignedInUser clinician;

	private Map<String, Object> withEmail;

	private Map<String, Object> withoutEmail;

	@BeforeEach
	void twoParticipantsOfAFinishedPmp() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		this.pmpId = this.jdbc.queryForObject("select id from pmp where name = 'PMP Spring – Riverside'", Long.class);
		String person = "select id, coalesce(preferred_name, name) as known_as, email, mobile from participant "
				+ "where pmp_id = ? and email is %s null order by id limit 1";
		this.withEmail = this.jdbc.queryForMap(person.formatted("not"), this.pmpId);
		this.withoutEmail = this.jdbc.queryForMap(person.formatted(""), this.pmpId);
		this.clinician = TestUsers.signedIn(this.accounts.byEmail("clinician@example.org").orElseThrow().id(),
				Role.CLINICIAN);
	}

	private record Formed(long groupId, String name, long emailed, long carded) {
	}

	/** A new group of the two, both invited: one by email, one by card. */
	private Formed formAndInvite() {
		String name = "Invitation Test Group " + UUID.randomUUID().toString().substring(0, 8);
		Groups.FormedGroup group = this.groups.form(new NewGroup(name, this.pmpId, Frequency.MONTHLY, null,
				Channel.EMAIL, LocalDate.now().plusWeeks(2), LocalTime.of(11, 0), "Riverside Cafe", null, null,
				this.clinician.accountId(), List.of(member(this.withEmail), member(this.withoutEmail))));
		long emailedMembership = group.membershipByParticipant().get(id(this.withEmail));
		long cardedMembership = group.membershipByParticipant().get(id(this.withoutEmail));
		this.invitations.invite(this.pmpId, group.groupId(),
				List.of(invitee(this.withEmail, emailedMembership), invitee(this.withoutEmail, cardedMembership)),
				this.clinician.accountId());
		return new Formed(group.groupId(), name, invitationOf(emailedMembership), invitationOf(cardedMembership));
	}

	private static NewGroup.NewMember member(Map<String, Object> p) {
		return new NewGroup.NewMember(id(p), (String) p.get("known_as"), (String) p.get("email"),
				(String) p.get("mobile"), true, true, MembershipRole.MEMBER, null);
	}

	private static Invitations.Invitee invitee(Map<String, Object> p, long membershipId) {
		return new Invitations.Invitee(id(p), membershipId, (String) p.get("known_as"), (String) p.get("email"));
	}

	private static long id(Map<String, Object> p) {
		return ((Number) p.get("id")).longValue();
	}

	private long invitationOf(long membershipId) {
		return this.jdbc.queryForObject("select id from invitation where membership_id = ?", Long.class, membershipId);
	}

	private InvitationRow row(long invitationId) {
		return this.service.forPmp(this.pmpId).stream().filter((r) -> r.id() == invitationId).findFirst().orElseThrow();
	}

	private static String body(MimeMessage message) throws Exception {
		return ((String) message.getContent()).replace("\r\n", "\n");
	}

	private static String linkIn(MimeMessage message) throws Exception {
		Matcher link = LINK.matcher(body(message));
		assertThat(link.find()).as("a set-up link in the email").isTrue();
		return link.group(1);
	}

	private MvcResult setUp(String path, String email, String password, String confirm) throws Exception {
		return this.mvc
			.perform(post(path).with(csrf())
				.param("email", email)
				.param("password", password)
				.param("confirmPassword", confirm))
			.andReturn();
	}

	@Test
	void oneEmailGoesOutAndItsLinkSetsUpTheAccountOnce() throws Exception {
		Formed formed = formAndInvite();

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).as("one email: the other person has no address").hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getAllRecipients()).extracting(Object::toString)
			.containsExactly((String) this.withEmail.get("email"));
		assertThat(mail.getSubject()).isEqualTo("Your invitation to join " + formed.name());
		String body = body(mail);
		InvitationRow emailed = row(formed.emailed());
		assertThat(body).contains("Hello " + this.withEmail.get("known_as") + ",", formed.name(),
				"Pain management service has invited you", "It stops working on",
				"go to http://localhost:8080/join and enter this join code: " + emailed.joinCode(), "999", "NHS 111",
				"116 123");
		assertThat(body).as("no health details, no mobile, nobody else")
			.doesNotContain((String) this.withEmail.get("mobile"), (String) this.withoutEmail.get("known_as"),
					"PMP Spring", "Riverside Cafe", "pain management programme");
		assertThat(emailed.status()).isEqualTo(InvitationStatus.SENT);
		assertThat(row(formed.carded()).status()).isEqualTo(InvitationStatus.PRINTED_CARD);

		String link = linkIn(mail);
		String email = "new-" + UUID.randomUUID() + "@example.org";
		this.mvc.perform(get(link)).andExpect((r) -> {
			assertThat(r.getResponse().getStatus()).isEqualTo(200);
			assertThat(r.getResponse().getContentAsString()).contains(formed.name(),
					"Hello " + this.withEmail.get("known_as"), "value=\"" + this.withEmail.get("email") + "\"");
		});

		// Refused: nothing is stored and the link still works.
		for (String[] bad : new String[][] { { "password", "password", "TooEasy" }, { "short", "short", "Size" },
				{ GOOD, GOOD + "!", "Mismatch" } }) {
			MvcResult refused = setUp(link, email, bad[0], bad[1]);
			assertThat(refused.getResponse().getStatus()).as(bad[2]).isEqualTo(200);
			assertThat(refused.getResponse().getContentAsString()).contains("There is a problem");
			assertThat(refused.getModelAndView().getModel().toString()).contains(bad[2]);
		}
		assertThat(this.accounts.byEmail(email)).isEmpty();
		assertThat(row(formed.emailed()).status()).isEqualTo(InvitationStatus.SENT);

		// Accepted: the account exists, is linked to the membership, and the person is
		// signed in.
		MvcResult done = setUp(link, email, GOOD, GOOD);
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/groups/" + formed.groupId());
		assertThat(done.getFlashMap().get("flash")).isEqualTo("account.created");
		long accountId = this.accounts.byEmail(email).orElseThrow().id();
		assertThat(this.accounts.byIds(List.of(accountId)).get(accountId).roles()).containsExactly(Role.MEMBER);
		MockHttpSession session = (MockHttpSession) done.getRequest().getSession(false);
		SecurityContext context = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(((SignedInUser) context.getAuthentication().getPrincipal()).accountId()).isEqualTo(accountId);
		this.mvc.perform(get("/groups/" + formed.groupId()).session(session))
			.andExpect(
					(r) -> assertThat(r.getResponse().getStatus()).as("the group page, as its member").isEqualTo(200));
		assertThat(row(formed.emailed()).status()).isEqualTo(InvitationStatus.USED);

		// The same link again: already used.
		MvcResult again = this.mvc.perform(get(link)).andReturn();
		assertThat(again.getResponse().getStatus()).isEqualTo(410);
		assertThat(again.getResponse().getContentAsString()).contains("This invitation has already been used");
		assertThat(setUp(link, "other-" + email, GOOD, GOOD).getResponse().getStatus()).isEqualTo(410);
		assertThat(this.accounts.byEmail("other-" + email)).isEmpty();
	}

	@Test
	void aJoinCodeTypedLooselyOpensTheSameForm() throws Exception {
		Formed formed = formAndInvite();
		String code = row(formed.carded()).joinCode();
		MvcResult found = this.mvc
			.perform(post("/join").with(csrf()).param("code", code.toLowerCase().replace("-", " ")))
			.andReturn();
		assertThat(found.getResponse().getRedirectedUrl()).isEqualTo("/join/" + code);
		MvcResult form = this.mvc.perform(get("/join/" + code)).andReturn();
		assertThat(form.getResponse().getStatus()).isEqualTo(200);
		assertThat(form.getResponse().getContentAsString()).contains(formed.name(),
				"Hello " + this.withoutEmail.get("known_as"));
	}

	@Test
	void anExpiredInvitationShowsTheExpiredPage() throws Exception {
		Formed formed = formAndInvite();
		String link = linkIn(smtp.getReceivedMessages()[0]);
		this.jdbc.update("update invitation set expires_at = now() - interval '1 hour' where id in (?, ?)",
				formed.emailed(), formed.carded());
		MvcResult expired = this.mvc.perform(get(link)).andReturn();
		assertThat(expired.getResponse().getStatus()).isEqualTo(410);
		assertThat(expired.getResponse().getContentAsString()).contains("This invitation has expired");
		assertThat(
				this.mvc.perform(get("/join/" + row(formed.carded()).joinCode())).andReturn().getResponse().getStatus())
			.isEqualTo(410);
		assertThat(row(formed.emailed()).status()).isEqualTo(InvitationStatus.EXPIRED);
	}

	@Test
	void sendingAgainReplacesTheLinkAndCodeAndEmailsAgain() throws Exception {
		Formed formed = formAndInvite();
		String oldLink = linkIn(smtp.getReceivedMessages()[0]);
		String oldCode = row(formed.emailed()).joinCode();

		assertThat(this.service.resend(formed.emailed(), this.clinician)).isTrue();

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		String newLink = linkIn(received[1]);
		assertThat(newLink).isNotEqualTo(oldLink);
		assertThat(row(formed.emailed()).joinCode()).isNotEqualTo(oldCode);
		assertThat(this.mvc.perform(get(oldLink)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/join/" + oldCode)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get(newLink)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(row(formed.emailed()).status()).isEqualTo(InvitationStatus.SENT);
	}

	@Test
	void aMailServerThatFailsLeavesTheInvitationNotSentAndTheHandOverStands(CapturedOutput output) {
		willThrow(new MailSendException("Invalid Addresses: " + this.withEmail.get("email"))).given(this.mailSender)
			.send(any(SimpleMailMessage.class));
		int before = output.length();
		Formed formed = formAndInvite();

		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(row(formed.emailed()).status()).isEqualTo(InvitationStatus.NOT_SENT);
		// Only what was logged while inviting: starting the app may print the demo
		// sign-ins.
		assertThat(output.toString().substring(before)).contains("Invitation " + formed.emailed() + " was not sent")
			.doesNotContain((String) this.withEmail.get("email"))
			.doesNotContain("/invitations/");

		org.mockito.Mockito.reset(this.mailSender);
		assertThat(this.service.resend(formed.emailed(), this.clinician)).isTrue();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(row(formed.emailed()).status()).isEqualTo(InvitationStatus.SENT);
	}

	@Test
	void aHandOverThatFailsSendsNothing() {
		String name = "Failing Group " + UUID.randomUUID().toString().substring(0, 8);
		Groups.FormedGroup group = this.groups
			.form(new NewGroup(name, this.pmpId, Frequency.MONTHLY, null, Channel.EMAIL, null, null, null, null, null,
					this.clinician.accountId(), List.of(member(this.withEmail))));
		long membership = group.membershipByParticipant().get(id(this.withEmail));
		assertThatThrownBy(() -> this.invitations.invite(this.pmpId, group.groupId(),
				List.of(invitee(this.withEmail, membership), invitee(this.withEmail, 999_999_999L)),
				this.clinician.accountId()))
			.isNotNull();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from invitation where membership_id = ?", Long.class,
				membership))
			.isZero();
	}

}
