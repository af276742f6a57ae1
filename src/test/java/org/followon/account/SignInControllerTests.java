package org.followon.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@AccountWebTest
class SignInControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void showsTheSignInForm() {
		assertThat(this.mvc.get().uri("/sign-in")).hasStatusOk()
			.hasViewName("account/sign-in")
			.bodyText()
			.contains("Email address")
			.doesNotContain("There is a problem")
			// The layout once rendered a stray back link under the footer of every page.
			.doesNotContain("nhsuk-back-link");
	}

	@Test
	void aFailedSignInShowsTheErrorSummary() {
		assertThat(this.mvc.get().uri("/sign-in?error")).hasStatusOk()
			.bodyText()
			.contains("There is a problem")
			.contains("Enter a correct email address and password");
	}

}
