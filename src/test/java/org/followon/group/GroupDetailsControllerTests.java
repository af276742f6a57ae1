package org.followon.group;

import java.time.DayOfWeek;
import java.util.Set;

import org.followon.account.Role;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@GroupWebTest
class GroupDetailsControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private GroupDetailsService service;

	private FollowOnGroup group;

	@BeforeEach
	void groupFiveCoordinatedByAccountThree() {
		this.group = InMemoryGroups.group(5, "Canalside Tuesdays", "Canalside", DayOfWeek.TUESDAY, false);
		// Who may describe the group, and what saving changes: GroupDetailsServiceTests.
		willThrow(new AccessDeniedException("Not a coordinator")).given(this.service).form(anyLong(), any());
		willReturn(this.group.detailsForm()).given(this.service)
			.form(eq(5L), argThat((u) -> u.accountId() == 3 || u.has(Role.STAFF)));
		willThrow(new NotFoundException("Group", 6)).given(this.service)
			.form(eq(6L), argThat((u) -> u.has(Role.STAFF)));
		willThrow(new EditClashException("/groups/5")).given(this.service)
			.describe(eq(5L), argThat((f) -> f.version() == null || f.version() != 0), any());
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
		// The form as bound; how the group takes it in (the area in capitals):
		// GroupDetailsServiceTests.
		ArgumentCaptor<GroupDetailsForm> saved = ArgumentCaptor.forClass(GroupDetailsForm.class);
		verify(this.service).describe(eq(5L), saved.capture(), argThat((u) -> u.accountId() == 3));
		assertThat(saved.getValue().name()).isEqualTo("Canalside Thursdays");
		assertThat(saved.getValue().area()).isEqualTo("cf10");
		assertThat(saved.getValue().usualDay()).isEqualTo(DayOfWeek.THURSDAY);
		assertThat(saved.getValue().frequency()).isEqualTo(Frequency.FORTNIGHTLY);
		assertThat(saved.getValue().accessibility()).isEqualTo(Set.of(Accessibility.STEP_FREE, Accessibility.QUIET));
		assertThat(saved.getValue().open()).isTrue();
		assertThat(saved.getValue().online()).isFalse();
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
		verify(this.service, never()).describe(anyLong(), any(), any());
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
		verify(this.service, never()).describe(anyLong(), any(), any());
	}

	@Test
	void aSaveFromAnOutOfDatePageIsAClash() {
		assertThat(save("Canalside Thursdays", "CF10", "MONTHLY", "EMAIL", "3")).hasStatus(HttpStatus.CONFLICT)
			.hasViewName("error/409")
			.bodyText()
			.contains("href=\"/groups/5\"");
		assertThat(save("Canalside Thursdays", "CF10", "MONTHLY", "EMAIL", null)).hasStatus(HttpStatus.CONFLICT);
	}

}
