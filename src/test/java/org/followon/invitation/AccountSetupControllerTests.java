package org.followon.invitation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@InvitationWebTest
class AccountSetupControllerTests {

	private static final String GOOD = "kettle garden orange";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AccountSetupService service;

	@Autowired
	private AccountSetupSignIn signIn;

	@BeforeEach
	void anInvitationForMaggie() {
		given(this.service.open(AccountSetupKey.ofToken("tok")))
			.willReturn(new AccountSetupPage("Maggie", "Tuesday Riverside Group", "maggie@example.org"));
		given(this.service.setUp(eq(AccountSetupKey.ofToken("tok")), any())).willReturn(5L);
	}

	private MvcTestResult submit(String email, String password, String confirm) {
		return this.mvc.post()
			.uri("/invitations/tok")
			.with(csrf())
			.param("email", email)
			.param("password", password)
			.param("confirmPassword", confirm)
			.exchange();
	}

	@Test
	void theLinkOpensTheSetUpFormWithoutSigningIn() {
		assertThat(this.mvc.get().uri("/invitations/tok")).hasStatusOk()
			.hasViewName("invitation/account-setup")
			.bodyText()
			.contains("Hello Maggie. You have been invited to join Tuesday Riverside Group.")
			.contains("value=\"maggie@example.org\"")
			.contains("action=\"/invitations/tok\"")
			.contains("autocomplete=\"new-password\"")
			.doesNotContain("There is a problem");
	}

	@Test
	void aGoodFormSetsUpTheAccountSignsInAndOpensTheGroup() {
		assertThat(submit(" maggie.jones@example.org ", GOOD, GOOD)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/groups/5")
			.flash()
			.containsEntry("flash", "account.created");
		verify(this.service).setUp(eq(AccountSetupKey.ofToken("tok")),
				argThat((f) -> f.email().equals("maggie.jones@example.org") && f.password().equals(GOOD)));
		verify(this.signIn).signIn(eq("maggie.jones@example.org"), any(), any());
	}

	@Test
	void aPasswordIsKeptExactlyAsTyped() {
		assertThat(submit("maggie@example.org", "  " + GOOD + " ", "  " + GOOD + " ")).hasStatus(HttpStatus.FOUND);
		verify(this.service).setUp(any(), argThat((f) -> f.password().equals("  " + GOOD + " ")));
	}

	@Test
	void shortCommonAndMismatchedPasswordsAreRefusedAndNothingIsStored() {
		assertThat(submit("maggie@example.org", "short", "short")).hasStatusOk()
			.model()
			.extractingBindingResult("accountSetupForm")
			.hasFieldErrorCode("password", "Size");
		assertThat(submit("maggie@example.org", "password", "password")).model()
			.extractingBindingResult("accountSetupForm")
			.hasFieldErrorCode("password", "TooEasy");
		MvcTestResult mismatch = submit("maggie@example.org", GOOD, GOOD + "s");
		assertThat(mismatch).model()
			.extractingBindingResult("accountSetupForm")
			.hasFieldErrorCode("confirmPassword", "Mismatch");
		assertThat(mismatch).bodyText()
			.contains("There is a problem")
			.contains("href=\"#confirmPassword-field\"")
			.contains("The passwords do not match")
			.as("a password is never sent back")
			.doesNotContain(GOOD);
		assertThat(submit(null, null, null)).model()
			.extractingBindingResult("accountSetupForm")
			.hasFieldErrorCode("email", "NotBlank")
			.hasFieldErrorCode("password", "NotBlank")
			.hasFieldErrorCode("confirmPassword", "NotBlank");
		assertThat(submit("maggie", "x".repeat(129), "x".repeat(129))).model()
			.extractingBindingResult("accountSetupForm")
			.hasFieldErrorCode("email", "Email")
			.hasFieldErrorCode("password", "Size");
		verify(this.service, never()).setUp(any(), any());
		verify(this.signIn, never()).signIn(any(), any(), any());
	}

	@Test
	void anEmailAddressThatHasAnAccountPointsToSignIn() {
		given(this.service.emailInUse("peter@example.org")).willReturn(true);
		MvcTestResult result = submit("peter@example.org", GOOD, GOOD);
		assertThat(result).model().extractingBindingResult("accountSetupForm").hasFieldErrorCode("email", "InUse");
		assertThat(result).bodyText()
			.contains("An account already uses this email address. Sign in instead")
			.containsPattern("<a href=\"/(invitations|join)/[^\"]+/accept\">Sign in instead</a>");
		verify(this.service, never()).setUp(any(), any());
	}

	@Test
	void anUnknownExpiredOrUsedInvitationGetsACalmPage() {
		given(this.service.open(AccountSetupKey.ofToken("gone")))
			.willThrow(new InvitationProblemException(InvitationProblem.UNKNOWN));
		given(this.service.open(AccountSetupKey.ofToken("old")))
			.willThrow(new InvitationProblemException(InvitationProblem.EXPIRED));
		given(this.service.open(AccountSetupKey.ofToken("done")))
			.willThrow(new InvitationProblemException(InvitationProblem.USED));
		assertThat(this.mvc.get().uri("/invitations/gone")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("This invitation link or join code does not work")
			.contains("send you a new invitation")
			.contains("href=\"/join\"");
		assertThat(this.mvc.get().uri("/invitations/old")).hasStatus(HttpStatus.GONE)
			.bodyText()
			.contains("This invitation has expired")
			.contains("Sign in if you have already set up your account");
		assertThat(this.mvc.post().uri("/invitations/done").with(csrf()).param("email", "a@example.org"))
			.hasStatus(HttpStatus.GONE)
			.bodyText()
			.contains("This invitation has already been used");
		verify(this.service, never()).setUp(any(), any());
	}

	@Test
	void aPostWithoutTheFormsTokenIsRefused() {
		assertThat(this.mvc.post().uri("/invitations/tok").param("email", "a@example.org"))
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(this.service, never()).setUp(any(), any());
	}

	@Test
	void aJoinCodeOpensTheSameFormAtItsOwnAddress() {
		given(this.service.open(AccountSetupKey.ofJoinCode("ABCDEFGH")))
			.willReturn(new AccountSetupPage("Alan", "Tuesday Riverside Group", null));
		assertThat(this.mvc.get().uri("/join/abcd-efgh")).hasStatusOk()
			.bodyText()
			.contains("Hello Alan.")
			.contains("action=\"/join/ABCD-EFGH\"");
	}

	@Test
	void theJoinPageTakesACodeHoweverItIsTyped() {
		given(this.service.joinCodeExists("ABCDEFGH")).willReturn(true);
		assertThat(this.mvc.get().uri("/join")).hasStatusOk().bodyText().contains("Join code");
		assertThat(this.mvc.post().uri("/join").with(csrf()).param("code", "abcd efgh"))
			.hasRedirectedUrl("/join/ABCD-EFGH");
		assertThat(this.mvc.post().uri("/join").with(csrf()).param("code", "")).model()
			.extractingBindingResult("joinCodeForm")
			.hasFieldErrorCode("code", "NotBlank");
		assertThat(this.mvc.post().uri("/join").with(csrf()).param("code", "abc")).model()
			.extractingBindingResult("joinCodeForm")
			.hasFieldErrorCode("code", "Format");
		assertThat(this.mvc.post().uri("/join").with(csrf()).param("code", "JKMN-PQRS")).hasStatusOk()
			.bodyText()
			.contains("We could not find that join code");
	}

}
