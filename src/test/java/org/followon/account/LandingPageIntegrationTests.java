package org.followon.account;

import org.followon.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Where people land after signing in: members on their groups, everyone else on the home
 * page.
 */
@IntegrationTest
class LandingPageIntegrationTests {

	@Autowired
	private MockMvc mvc;

	private String landing(String email) throws Exception {
		return this.mvc.perform(post("/sign-in").with(csrf()).param("email", email).param("password", "followon-demo"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void membersLandOnTheirGroups() throws Exception {
		assertThat(landing("member@example.org")).isEqualTo("/groups");
		assertThat(landing("coordinator@example.org")).isEqualTo("/groups");
	}

	@Test
	void cliniciansPtvsAndStaffLandOnTheHomePage() throws Exception {
		assertThat(landing("clinician@example.org")).isEqualTo("/");
		assertThat(landing("ptv@example.org")).isEqualTo("/");
		assertThat(landing("staff@example.org")).isEqualTo("/");
	}

}
