package org.followon.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@AccountWebTest
class SignInLinkControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theSignInPageOffersALinkAndAPasswordReset() {
		assertThat(this.mvc.get().uri("/sign-in")).hasStatusOk()
			.bodyText()
			.contains("Email me a sign-in link", "Forgotten your password?", "action=\"/sign-in/link\"");
	}

	@Test
	void aMissingAddressIsExplainedOnTheSignInPage() {
		assertThat(this.mvc.post().uri("/sign-in/link").with(csrf()).param("email", "")).hasStatusOk()
			.hasViewName("account/sign-in")
			.bodyText()
			.contains("There is a problem", "href=\"#email-field\"", "Enter your email address");
	}

	@Test
	void aMistypedAddressIsExplained() {
		assertThat(this.mvc.post().uri("/sign-in/link").with(csrf()).param("email", "member.example.org")).hasStatusOk()
			.bodyText()
			.contains("Enter an email address in the correct format");
	}

	@Test
	void anAddressWithNoLinkMadeGetsTheCheckYourEmailPage() {
		assertThat(this.mvc.post().uri("/sign-in/link").with(csrf()).param("email", "someone@example.org"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/sign-in/check-email");
		assertThat(this.mvc.get().uri("/sign-in/check-email")).hasStatusOk()
			.bodyText()
			.contains("Check your email", "If this email address has an account with us");
	}

	@Test
	void withoutCsrfNothingIsAsked() {
		assertThat(this.mvc.post().uri("/sign-in/link").param("email", "someone@example.org")).hasStatus(403);
	}

	@Test
	void theLinkShowsAButtonThatPostsTheToken() {
		assertThat(this.mvc.get().uri("/login/ott").param("token", "abc-123")).hasStatusOk()
			.hasViewName("account/sign-in-link")
			.bodyText()
			.contains("action=\"/login/ott\"", "name=\"token\" value=\"abc-123\"", "name=\"_csrf\"");
	}

	@Test
	void theLinkWithoutATokenExplainsTheProblem() {
		assertThat(this.mvc.get().uri("/login/ott")).hasRedirectedUrl("/sign-in/link-problem");
		assertThat(this.mvc.get().uri("/sign-in/link-problem")).hasStatusOk()
			.bodyText()
			.contains("This sign-in link does not work any more", "href=\"/sign-in\"");
	}

}
