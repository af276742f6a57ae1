package org.followon.group;

import java.util.List;

import org.followon.account.Role;
import org.followon.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
import static org.mockito.ArgumentMatchers.longThat;
import static org.mockito.BDDMockito.willDoNothing;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@GroupWebTest
class RosterControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private RosterService roster;

	@BeforeEach
	void groupFiveCoordinatedByAccountThree() {
		// Who may keep the list, and who is on it: RosterServiceTests.
		willThrow(new AccessDeniedException("Not a coordinator")).given(this.roster).roster(anyLong(), any());
		willThrow(new AccessDeniedException("Not a coordinator")).given(this.roster)
			.lapse(anyLong(), anyLong(), any(), any());
		willReturn(List.of(new RosterService.RosterLine(31, "Kate Pugh", true),
				new RosterService.RosterLine(32, "Bert Lloyd", false)))
			.given(this.roster)
			.roster(eq(5L), argThat((u) -> u.accountId() == 3));
		willDoNothing().given(this.roster).lapse(eq(5L), anyLong(), any(), argThat((u) -> u.accountId() == 3));
		willThrow(new NotFoundException("Member", 30)).given(this.roster)
			.lapse(eq(5L), longThat((id) -> id != 31), any(), argThat((u) -> u.accountId() == 3));
	}

	private MvcTestResult add(String knownAs) {
		return this.mvc.post()
			.uri("/groups/5/members")
			.with(csrf())
			.with(as(3, Role.MEMBER))
			.param("knownAs", knownAs)
			.exchange();
	}

	private MvcTestResult lapse(long membershipId, String reason) {
		return this.mvc.post()
			.uri("/groups/5/members/" + membershipId + "/lapsed")
			.with(csrf())
			.with(as(3, Role.MEMBER))
			.param("reason", reason)
			.exchange();
	}

	@Test
	void listsTheMembersButNotTheCoordinatorsWithAWayToRecordEachHasStopped() {
		assertThat(this.mvc.get().uri("/groups/5/members").with(as(3, Role.MEMBER))).hasStatusOk()
			.hasViewName("group/members")
			.bodyText()
			.contains("Kate Pugh", "Bert Lloyd", "(does not use the app)", "action=\"/groups/5/members/31/lapsed\"",
					"Why Kate Pugh stopped coming, if known")
			.doesNotContain("Jac Rowlands", "/members/30/lapsed");
	}

	@Test
	void onlyTheGroupsCoordinatorsKeepItsList() {
		assertThat(this.mvc.get().uri("/groups/5/members").with(as(4, Role.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/groups/5/members").with(as(1, Role.STAFF))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/groups/5/members")
			.with(csrf())
			.with(as(4, Role.MEMBER))
			.param("knownAs", "Someone")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/groups/5/members")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
		verify(this.roster, never()).add(anyLong(), any(), any());
	}

	@Test
	void addsSomeoneByNameOnlyFromToday() {
		assertThat(add("  Nan Price ")).hasRedirectedUrl("/groups/5/members")
			.flash()
			.containsEntry("flash", "group.roster.added");
		// The name as typed, without the spaces around it; who it is and from when:
		// RosterIntegrationTests.
		verify(this.roster).add(eq(5L), eq("Nan Price"), argThat((u) -> u.accountId() == 3));
	}

	@Test
	void aMissingOrHugeNameIsRefusedWithTheErrorSummaryAndNothingIsAdded() {
		MvcTestResult blank = add("   ");
		assertThat(blank).hasStatusOk()
			.hasViewName("group/members")
			.model()
			.extractingBindingResult("newMemberForm")
			.hasFieldErrorCode("knownAs", "NotBlank");
		assertThat(blank).bodyText()
			.contains("There is a problem", "href=\"#knownAs-field\"", "id=\"knownAs-error\"", "Enter their name",
					"Kate Pugh");
		assertThat(add("n".repeat(101))).bodyText().contains("The name must be 100 characters or fewer");
		verify(this.roster, never()).add(anyLong(), any(), any());
	}

	@Test
	void recordsThatSomeoneHasStoppedComingWithTheReasonAndToday() {
		assertThat(lapse(31, "TRAVEL_OR_TIME")).hasRedirectedUrl("/groups/5/members")
			.flash()
			.containsEntry("flash", "group.roster.lapsed");
		// With today's date, and never a coordinator: RosterServiceTests.
		verify(this.roster).lapse(eq(5L), eq(31L), eq(LeavingReason.TRAVEL_OR_TIME),
				argThat((u) -> u.accountId() == 3));
	}

	@Test
	void aCoordinatorOrSomeoneNotInTheGroupCannotBeRecordedAsStopped() {
		assertThat(lapse(30, null)).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
		assertThat(lapse(99, null)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aReasonNotOnTheListIsNotFoundAndChangesNothing() {
		assertThat(lapse(31, "BORED")).hasStatus(HttpStatus.NOT_FOUND);
		verify(this.roster, never()).lapse(anyLong(), anyLong(), any(), any());
	}

	@Test
	void anotherGroupsCoordinatorCannotRecordIt() {
		assertThat(this.mvc.post()
			.uri("/groups/5/members/31/lapsed")
			.with(csrf())
			.with(as(8, Role.MEMBER))
			.param("reason", "HEALTH")).hasStatus(HttpStatus.FORBIDDEN);
	}

}
