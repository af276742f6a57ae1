package org.followon.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@AccountWebTest
class PasswordResetControllerTests {

	private static final String GOOD = "kettle garden orange";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PasswordResets resets;

	@Test
	void asksForTheAddress() {
		assertThat(this.mvc.get().uri("/password/forgotten")).hasStatusOk()
			.hasViewName("account/password-forgotten")
			.bodyText()
			.contains("Reset your password", "Email address");
	}

	@Test
	void aMissingAddressIsExplained() {
		assertThat(this.mvc.post().uri("/password/forgotten").with(csrf())).hasStatusOk()
			.bodyText()
			.contains("There is a problem", "Enter your email address");
		then(this.resets).shouldHaveNoInteractions();
	}

	@Test
	void anyAddressGetsTheCheckYourEmailPage() {
		assertThat(this.mvc.post().uri("/password/forgotten").with(csrf()).param("email", " someone@example.org "))
			.hasRedirectedUrl("/sign-in/check-email");
		then(this.resets).should().request("someone@example.org");
	}

	@Test
	void theResetFormPostsToItsOwnLink() {
		assertThat(this.mvc.get().uri("/password/reset/abc")).hasStatusOk()
			.hasViewName("account/password-reset")
			.bodyText()
			.contains("Choose a new password", "action=\"/password/reset/abc\"");
	}

	@Test
	void weakMissingAndMismatchedPasswordsAreRefused() {
		assertThat(this.mvc.post()
			.uri("/password/reset/abc")
			.with(csrf())
			.param("password", "password")
			.param("confirmPassword", "password")).hasStatusOk()
			.model()
			.extractingBindingResult("newPasswordForm")
			.hasFieldErrorCode("password", "TooEasy");
		assertThat(this.mvc.post()
			.uri("/password/reset/abc")
			.with(csrf())
			.param("password", GOOD)
			.param("confirmPassword", GOOD + "!")).hasStatusOk()
			.model()
			.extractingBindingResult("newPasswordForm")
			.hasFieldErrorCode("confirmPassword", "Mismatch");
		assertThat(this.mvc.post().uri("/password/reset/abc").with(csrf())).hasStatusOk()
			.bodyText()
			.contains("href=\"#password-field\"", "Create a password", "Type your password again");
		then(this.resets).should(org.mockito.Mockito.never()).reset(anyString(), anyString());
	}

	@Test
	void aGoodPasswordIsSavedAndThePersonSignsIn() {
		assertThat(this.mvc.post()
			.uri("/password/reset/abc")
			.with(csrf())
			.param("password", GOOD)
			.param("confirmPassword", GOOD)).hasRedirectedUrl("/sign-in")
			.flash()
			.containsEntry("flash", "passwordReset.done");
		then(this.resets).should().reset("abc", GOOD);
	}

	@Test
	void aUsedOrExpiredLinkIsExplainedCalmly() {
		willThrow(new PasswordResetProblemException(PasswordResetProblem.EXPIRED)).given(this.resets).check("old");
		assertThat(this.mvc.get().uri("/password/reset/old")).hasStatus(410)
			.bodyText()
			.contains("This link has expired", "href=\"/password/forgotten\"");
		willThrow(new PasswordResetProblemException(PasswordResetProblem.USED)).given(this.resets).check(any());
		assertThat(this.mvc.post()
			.uri("/password/reset/old")
			.with(csrf())
			.param("password", GOOD)
			.param("confirmPassword", GOOD)).hasStatus(410).bodyText().contains("This link has already been used");
	}

}
