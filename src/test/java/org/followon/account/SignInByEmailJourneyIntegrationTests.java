package org.followon.account;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.followon.IntegrationTest;
import org.followon.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signing in by an emailed link and resetting a forgotten password, with a real SMTP
 * server (GreenMail) and the whole app on PostgreSQL. The mail server's port makes this
 * its own application context. Emails go out on another thread, so the tests wait for
 * them.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInByEmailJourneyIntegrationTests {

	private static final GreenMail smtp = TestMail.server();

	private static final Pattern SIGN_IN_LINK = Pattern
		.compile("http://localhost:8080/login/ott\\?token=([0-9a-f-]{36})");

	private static final Pattern RESET_LINK = Pattern
		.compile("http://localhost:8080(/password/reset/[A-Za-z0-9_-]{43})");

	private static final String GOOD = "kettle garden orange";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void emptyMailboxes() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	private MvcResult ask(String path, String email) throws Exception {
		return this.mvc.perform(post(path).with(csrf()).param("email", email)).andReturn();
	}

	private static MimeMessage onlyEmailTo(String address) throws Exception {
		assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("an email arrives").isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly(address);
		return received[0];
	}

	private static String find(Pattern pattern, MimeMessage message) throws Exception {
		Matcher matcher = pattern.matcher(((String) message.getContent()).replace("\r\n", "\n"));
		assertThat(matcher.find()).as("a link in the email").isTrue();
		return matcher.group(1);
	}

	@Test
	void anEmailedLinkSignsInOnce() throws Exception {
		MvcResult asked = ask("/sign-in/link", "  Member@Example.org ");
		assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/sign-in/check-email");

		MimeMessage mail = onlyEmailTo("member@example.org");
		assertThat(mail.getSubject()).isEqualTo("Your link to sign in to Follow-on groups");
		assertThat((String) mail.getContent()).contains("only for 15 minutes");
		String token = find(SIGN_IN_LINK, mail);

		// Opening the link (as a mail scanner might, twice) signs nobody in and uses
		// nothing up.
		for (int i = 0; i < 2; i++) {
			MvcResult page = this.mvc.perform(get("/login/ott").param("token", token)).andReturn();
			assertThat(page.getResponse().getStatus()).isEqualTo(200);
			assertThat(page.getResponse().getContentAsString()).contains("value=\"" + token + "\"", "_csrf");
			assertThat(page.getRequest().getSession(false)).satisfiesAnyOf((s) -> assertThat(s).isNull(),
					(s) -> assertThat(s.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
						.isNull());
		}

		MvcResult signedIn = this.mvc.perform(post("/login/ott").with(csrf()).param("token", token)).andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).as("a member lands on their groups").isEqualTo("/groups");
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		SecurityContext context = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(((SignedInUser) context.getAuthentication().getPrincipal()).accountId())
			.isEqualTo(this.accounts.byEmail("member@example.org").orElseThrow().id());
		this.mvc.perform(get("/groups").session(session))
			.andExpect((r) -> assertThat(r.getResponse().getStatus()).as("a signed-in page").isEqualTo(200));

		MvcResult again = this.mvc.perform(post("/login/ott").with(csrf()).param("token", token)).andReturn();
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/sign-in/link-problem");
		assertThat(again.getRequest()
			.getSession(false)
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
		assertThat(this.mvc.perform(get("/sign-in/link-problem")).andReturn().getResponse().getContentAsString())
			.contains("This sign-in link does not work any more");
	}

	@Test
	void anUnknownAddressGetsTheSamePageAndNoEmail(CapturedOutput output) throws Exception {
		String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
		int before = output.length();
		assertThat(ask("/sign-in/link", unknown).getResponse().getRedirectedUrl()).isEqualTo("/sign-in/check-email");
		assertThat(ask("/password/forgotten", unknown).getResponse().getRedirectedUrl())
			.isEqualTo("/sign-in/check-email");
		assertThat(this.jdbc.queryForObject("select count(*) from one_time_tokens where username = ?", Long.class,
				unknown))
			.isZero();
		assertThat(smtp.waitForIncomingEmail(1_500, 1)).as("no email").isFalse();
		assertThat(output.toString().substring(before)).doesNotContain(unknown);

		String page = this.mvc.perform(get("/sign-in/check-email")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Check your email", "If this email address has an account with us");
	}

	@Test
	void aForgottenPasswordIsResetOnceFromTheEmailedLink() throws Exception {
		String email = "reset-" + UUID.randomUUID() + "@example.org";
		this.accounts.createMember(email, "Reset Tester", "old passphrase for testing");

		assertThat(ask("/password/forgotten", email.toUpperCase()).getResponse().getRedirectedUrl())
			.isEqualTo("/sign-in/check-email");
		MimeMessage mail = onlyEmailTo(email);
		assertThat(mail.getSubject()).isEqualTo("Reset your Follow-on groups password");
		String link = find(RESET_LINK, mail);
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(this.jdbc.queryForObject("select count(*) from password_reset where token_hash = ?", Long.class,
				SecretTokens.hash(token)))
			.as("only the hash is stored")
			.isOne();

		assertThat(this.mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(200);

		MvcResult weak = this.mvc
			.perform(post(link).with(csrf()).param("password", "password").param("confirmPassword", "password"))
			.andReturn();
		assertThat(weak.getResponse().getStatus()).isEqualTo(200);
		assertThat(weak.getResponse().getContentAsString()).contains("There is a problem",
				"This password is too easy to guess");

		MvcResult done = this.mvc
			.perform(post(link).with(csrf()).param("password", GOOD).param("confirmPassword", GOOD))
			.andReturn();
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/sign-in");
		assertThat(done.getFlashMap().get("flash")).isEqualTo("passwordReset.done");

		MvcResult signIn = this.mvc.perform(post("/sign-in").with(csrf()).param("email", email).param("password", GOOD))
			.andReturn();
		assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/groups");
		MvcResult oldPassword = this.mvc
			.perform(
					post("/sign-in").with(csrf()).param("email", email).param("password", "old passphrase for testing"))
			.andReturn();
		assertThat(oldPassword.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");

		MvcResult used = this.mvc.perform(get(link)).andReturn();
		assertThat(used.getResponse().getStatus()).isEqualTo(410);
		assertThat(used.getResponse().getContentAsString()).contains("This link has already been used",
				"Ask for a new link");
		assertThat(this.mvc
			.perform(post(link).with(csrf()).param("password", GOOD + "!").param("confirmPassword", GOOD + "!"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(410);
	}

	@Test
	void anExpiredResetLinkExplainsItself() throws Exception {
		String email = "expired-" + UUID.randomUUID() + "@example.org";
		long id = this.accounts.createMember(email, "Expired Tester", "old passphrase for testing").id();
		ask("/password/forgotten", email);
		String link = find(RESET_LINK, onlyEmailTo(email));
		this.jdbc.update("update password_reset set expires_at = now() - interval '1 minute' where account_id = ?", id);

		MvcResult expired = this.mvc.perform(get(link)).andReturn();
		assertThat(expired.getResponse().getStatus()).isEqualTo(410);
		assertThat(expired.getResponse().getContentAsString()).contains("This link has expired", "30 minutes");
	}

}
