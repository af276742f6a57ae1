package org.followon.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.followon.account.Role;
import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.group.GroupStatus;
import org.followon.group.GroupSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.mockito.BDDMockito.given;

@DirectoryWebTest
class DirectoryControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private DirectoryService service;

	/**
	 * Two open groups, and what the service finds for each filter (the filtering itself,
	 * in the group module's query: DirectoryIntegrationTests).
	 */
	@BeforeEach
	void twoOpenGroups() {
		GroupSummary canalside = group(1, "Canalside Tuesdays", "Canalside", DayOfWeek.TUESDAY, false);
		GroupSummary online = group(2, "Online Fridays", "CF10", DayOfWeek.FRIDAY, true);
		given(this.service.open(null, null, null)).willReturn(List.of(canalside, online));
		given(this.service.open("canal", null, null)).willReturn(List.of(canalside));
		given(this.service.open("cf1", null, null)).willReturn(List.of(online));
		given(this.service.open("Hilltop", null, null)).willReturn(List.of());
		given(this.service.open(null, DayOfWeek.FRIDAY, null)).willReturn(List.of(online));
		given(this.service.open(null, null, "online")).willReturn(List.of(online));
		given(this.service.open(null, null, "in-person")).willReturn(List.of(canalside));
		given(this.service.open(null, DayOfWeek.TUESDAY, "online")).willReturn(List.of());
	}

	/**
	 * A group open to new members, meeting monthly, in person unless said otherwise, as
	 * the group module hands it over.
	 */
	private static GroupSummary group(long id, String name, String area, DayOfWeek usualDay, boolean online) {
		return new GroupSummary(id, name, null, Frequency.MONTHLY, null, Channel.WHATSAPP, LocalDate.of(2027, 4, 1),
				null, "The back room, 14 Mill Lane", null, 1L, "Keeping up our pacing", area, null, Set.of(), online,
				true, usualDay, GroupStatus.FORMING, LocalDate.of(2027, 3, 1), null, null);
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
			.hasViewName("directory/directory")
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
