package org.followon.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.followon.account.Role;
import org.followon.group.GroupStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

@DashboardWebTest
class DashboardControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Dashboard dashboard;

	private static final List<YearMonth> MONTHS = DashboardTrend.monthsTo(YearMonth.of(2026, 2));

	@BeforeEach
	void twoGroupsOnPageTwoOfThree() {
		List<Integer> attended = new java.util.ArrayList<>(Collections.nCopies(12, 0));
		attended.set(10, 7);
		attended.set(11, 5);
		DashboardRow canalside = new DashboardRow(1, "Canalside Tuesdays", "Canalside", GroupStatus.ACTIVE,
				LocalDate.of(2025, 6, 1), 6, List.of("Ann", "Bill"), LocalDate.of(2026, 2, 10),
				new DashboardTrend(MONTHS, attended), 0);
		DashboardRow hilltop = new DashboardRow(2, "Hilltop Fridays", null, GroupStatus.FORMING,
				LocalDate.of(2026, 1, 5), 3, List.of(), null, new DashboardTrend(MONTHS, Collections.nCopies(12, 0)),
				2);
		given(this.dashboard.page(any()))
			.willReturn(new Dashboard.Page(List.of(canalside, hilltop), List.of("Canalside", "Hilltop"), 102, 2, 3));
	}

	private MvcTestResult dashboard(String query) {
		return this.mvc.get().uri("/network/groups" + query).with(as(9, Role.STAFF)).exchange();
	}

	@Test
	void anonymousPeopleAreSentToSignIn() {
		assertThat(this.mvc.get().uri("/network/groups")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
	}

	@Test
	void onlyStaffSeeIt() {
		for (Role role : List.of(Role.MEMBER, Role.CLINICIAN, Role.PTV)) {
			assertThat(this.mvc.get().uri("/network/groups").with(as(9, role))).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void showsEachGroupWithItsFigures() {
		assertThat(dashboard("")).hasStatusOk()
			.hasViewName("dashboard/groups")
			.bodyText()
			.contains("102 groups, page 2 of 3", "href=\"/groups/1\"", "Canalside Tuesdays", "Active",
					"since 1 Jun 2025", "10 Feb 2026", "Ann, Bill", "Forming", "Not met yet", "No coordinator",
					"Not given", "Attendance by month:", "Jan 2026 7, Feb 2026 5.", "12 in all",
					"<option value=\"Hilltop\"");
	}

	@Test
	void drawsTheAttendanceAsBarsScaledToTheBusiestMonth() {
		assertThat(dashboard("")).bodyText()
			.contains("<path class=\"app-sparkline-bar\" d=\"M80 0h6v24h-6z M88 7h6v17h-6z\"/>")
			.contains("<path class=\"app-sparkline-empty\" d=\"M0 23h6v1h-6z M8 23h6v1h-6z M16 23h6v1h-6z");
	}

	@Test
	void readsTheFiltersAndKeepsThemInThePageLinks() {
		assertThat(dashboard("?status=DORMANT&status=FOLDED&area=Canalside&sort=oldest&page=2")).bodyText()
			.contains(
					"href=\"/network/groups?status=DORMANT&amp;status=FOLDED&amp;area=Canalside&amp;sort=oldest&amp;page=3\"",
					"href=\"/network/groups?status=DORMANT&amp;status=FOLDED&amp;area=Canalside&amp;sort=oldest&amp;page=1\"",
					"aria-current=\"page\"", "value=\"DORMANT\" checked=\"checked\"");
		ArgumentCaptor<DashboardFilter> filter = ArgumentCaptor.forClass(DashboardFilter.class);
		verify(this.dashboard).page(filter.capture());
		assertThat(filter.getValue())
			.isEqualTo(new DashboardFilter(Set.of(GroupStatus.DORMANT, GroupStatus.FOLDED), "Canalside", true, 2));
	}

	@Test
	void ignoresWhatItDoesNotKnowRatherThanFailing() {
		assertThat(dashboard("?status=SLEEPING&sort=sideways&page=-3&area= ")).hasStatusOk();
		ArgumentCaptor<DashboardFilter> filter = ArgumentCaptor.forClass(DashboardFilter.class);
		verify(this.dashboard).page(filter.capture());
		assertThat(filter.getValue()).isEqualTo(new DashboardFilter(Set.of(), null, false, 1));
	}

}
