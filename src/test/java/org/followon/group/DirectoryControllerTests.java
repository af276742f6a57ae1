package org.followon.group;

import java.time.DayOfWeek;
import java.util.List;

import org.followon.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.followon.group.InMemoryGroups.group;
import static org.mockito.BDDMockito.given;

@GroupWebTest
class DirectoryControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private GroupRepository groups;

	@BeforeEach
	void twoOpenGroups() {
		given(this.groups.findByOpenToNewMembersTrueOrderByName())
			.willReturn(List.of(group(1, "Canalside Tuesdays", "Canalside", DayOfWeek.TUESDAY, false),
					group(2, "Online Fridays", "CF10", DayOfWeek.FRIDAY, true)));
	}

	private MvcTestResult directory(String query) {
		return this.mvc.get().uri("/directory" + query).with(as(9, Role.MEMBER)).exchange();
	}

	@Test
	void anonymousPeopleAreSentToSignIn() {
		assertThat(this.mvc.get().uri("/directory")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/sign-in");
	}

	@Test
	void showsWhatAGroupSaysAboutItselfButNeverWhereItMeets() {
		assertThat(directory("")).hasStatusOk()
			.hasViewName("group/directory")
			.bodyText()
			.contains("2 groups", "Canalside Tuesdays", "Area: Canalside", "Meets every month, usually on a Tuesday",
					"Keeping up our pacing", "Meets online", "href=\"/groups/1/ask\"", "Ask to join Online Fridays")
			.doesNotContain("Mill Lane", "The back room");
	}

	@Test
	void filtersByPartOfTheAreaInAnyCase() {
		assertThat(directory("?area=canal")).bodyText()
			.contains("1 group", "Canalside Tuesdays")
			.doesNotContain("Online Fridays");
		assertThat(directory("?area=cf1")).bodyText().contains("Online Fridays").doesNotContain("Canalside Tuesdays");
		assertThat(directory("?area=Hilltop")).bodyText().contains("No open groups match");
	}

	@Test
	void filtersByDayAndByHowTheyMeet() {
		assertThat(directory("?day=FRIDAY")).bodyText().contains("Online Fridays").doesNotContain("Canalside Tuesdays");
		assertThat(directory("?how=online")).bodyText().contains("Online Fridays").doesNotContain("Canalside Tuesdays");
		assertThat(directory("?how=in-person")).bodyText()
			.contains("Canalside Tuesdays")
			.doesNotContain("Online Fridays");
		assertThat(directory("?day=TUESDAY&how=online")).bodyText().contains("No open groups match");
	}

	@Test
	void aDayThatIsNotADayIsNotFound() {
		assertThat(directory("?day=FUNDAY")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
	}

}
