package org.followon.group;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.Set;

import org.followon.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@GroupWebTest
class GroupDetailsControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private GroupRepository groups;

	@Autowired
	private MembershipRepository memberships;

	private FollowOnGroup group;

	@BeforeEach
	void groupFiveCoordinatedByAccountThree() {
		this.group = InMemoryGroups.group(5, "Canalside Tuesdays", "Canalside", DayOfWeek.TUESDAY, false);
		given(this.groups.findById(5L)).willReturn(Optional.of(this.group));
		given(this.memberships.coordinates(5, 3)).willReturn(true);
	}

	private MvcTestResult save(String name, String area, String frequency, String channel, String version) {
		return this.mvc.post()
			.uri("/groups/5/details")
			.with(csrf())
			.with(as(3, Role.MEMBER))
			.param("name", name)
			.param("area", area)
			.param("frequency", frequency)
			.param("channel", channel)
			.param("usualDay", "THURSDAY")
			.param("accessibility", "STEP_FREE", "QUIET")
			.param("openToNewMembers", "true")
			.param("version", version)
			.exchange();
	}

	@Test
	void theCoordinatorSeesTheDetailsAsTheyAre() {
		assertThat(this.mvc.get().uri("/groups/5/details").with(as(3, Role.MEMBER))).hasStatusOk()
			.hasViewName("group/details")
			.bodyText()
			.contains("value=\"Canalside Tuesdays\"", "value=\"Canalside\"");
	}

	@Test
	void onlyItsCoordinatorsAndStaffDescribeAGroup() {
		assertThat(this.mvc.get().uri("/groups/5/details").with(as(4, Role.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/groups/5/details").with(as(1, Role.CLINICIAN))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/groups/5/details").with(as(2, Role.STAFF))).hasStatusOk();
		assertThat(this.mvc.get().uri("/groups/6/details").with(as(2, Role.STAFF))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void savesAndShowsTheGroupWithTheFlash() {
		assertThat(save("Canalside Thursdays", "cf10", "FORTNIGHTLY", "EMAIL", "0")).hasRedirectedUrl("/groups/5")
			.flash()
			.containsEntry("flash", "group.details.saved");
		GroupSummary saved = InMemoryGroups.summary(this.group);
		assertThat(saved.name()).isEqualTo("Canalside Thursdays");
		assertThat(saved.area()).isEqualTo("CF10");
		assertThat(saved.usualDay()).isEqualTo(DayOfWeek.THURSDAY);
		assertThat(saved.frequency()).isEqualTo(Frequency.FORTNIGHTLY);
		assertThat(saved.accessibility()).isEqualTo(Set.of(Accessibility.STEP_FREE, Accessibility.QUIET));
		assertThat(saved.openToNewMembers()).isTrue();
		assertThat(saved.meetsOnline()).isFalse();
	}

	@Test
	void mistakesAreListedInTheOrderOfTheFormAndNothingIsSaved() throws Exception {
		MvcTestResult result = save("", "12 High Street, CF10 1AA", null, null, "0");
		assertThat(result).hasStatusOk()
			.hasViewName("group/details")
			.model()
			.extractingBindingResult("groupDetailsForm")
			.hasFieldErrorCode("name", "NotBlank")
			.hasFieldErrorCode("area", "Pattern")
			.hasFieldErrorCode("frequency", "NotNull")
			.hasFieldErrorCode("channel", "NotNull");
		String body = result.getResponse().getContentAsString();
		assertThat(body.substring(body.indexOf("nhsuk-error-summary__list"), body.indexOf("<h1"))).containsSubsequence(
				"#name-field\">Enter a name for the group",
				"#area-field\">Enter a place name or the first part of a postcode only",
				"#frequency-field\">Select how often the group meets",
				"#channel-field\">Select the main way to keep in touch");
		assertThat(body).contains("id=\"name-error\"", "id=\"area-error\"", "id=\"frequency-error\"",
				"id=\"channel-error\"");
		assertThat(InMemoryGroups.summary(this.group).name()).isEqualTo("Canalside Tuesdays");
		assertThat(InMemoryGroups.summary(this.group).area()).isEqualTo("Canalside");
	}

	@Test
	void aTamperedChoiceIsAnErrorNotACrash() {
		assertThat(this.mvc.post()
			.uri("/groups/5/details")
			.with(csrf())
			.with(as(3, Role.MEMBER))
			.param("name", "Canalside Tuesdays")
			.param("frequency", "HOURLY")
			.param("channel", "EMAIL")
			.param("usualDay", "FUNDAY")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("There is a problem", "#frequency-field\">Select from the choices given",
					"#usualDay-field\">Select from the choices given")
			.doesNotContain("Enter a valid value");
		assertThat(InMemoryGroups.summary(this.group).frequency()).isEqualTo(Frequency.MONTHLY);
	}

	@Test
	void aSaveFromAnOutOfDatePageIsAClashAndNothingIsSaved() {
		assertThat(save("Canalside Thursdays", "CF10", "MONTHLY", "EMAIL", "3")).hasStatus(HttpStatus.CONFLICT)
			.hasViewName("error/409")
			.bodyText()
			.contains("href=\"/groups/5\"");
		assertThat(save("Canalside Thursdays", "CF10", "MONTHLY", "EMAIL", null)).hasStatus(HttpStatus.CONFLICT);
		assertThat(InMemoryGroups.summary(this.group).name()).isEqualTo("Canalside Tuesdays");
	}

}
