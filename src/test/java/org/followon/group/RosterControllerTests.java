package org.followon.group;

import java.time.LocalDate;
import java.util.ArrayList;
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
import static org.followon.group.InMemoryGroups.coordinator;
import static org.followon.group.InMemoryGroups.member;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@GroupWebTest
class RosterControllerTests {

	// The day GroupWebTest fixes the clock at.
	private static final LocalDate TODAY = LocalDate.of(2027, 5, 6);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MembershipRepository memberships;

	@Autowired
	private Groups groups;

	private Membership kate;

	private Membership jac;

	@BeforeEach
	void groupFiveCoordinatedByAccountThree() {
		this.jac = coordinator(30, 5, 3, "Jac Rowlands");
		this.kate = member(31, 5, 4L, "Kate Pugh");
		given(this.memberships.coordinates(5, 3)).willReturn(true);
		given(this.memberships.findByGroupIdAndLeftOnIsNullOrderByKnownAs(5))
			.willReturn(new ArrayList<>(List.of(this.jac, this.kate, member(32, 5, null, "Bert Lloyd"))));
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
		verify(this.groups, never()).addMember(anyLong(), any());
	}

	@Test
	void addsSomeoneByNameOnlyFromToday() {
		assertThat(add("  Nan Price ")).hasRedirectedUrl("/groups/5/members")
			.flash()
			.containsEntry("flash", "group.roster.added");
		// The name as typed, without the spaces around it; who it is and from when:
		// RosterIntegrationTests.
		verify(this.groups).addMember(5L, "Nan Price");
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
		verify(this.groups, never()).addMember(anyLong(), any());
	}

	@Test
	void recordsThatSomeoneHasStoppedComingWithTheReasonAndToday() {
		assertThat(lapse(31, "TRAVEL_OR_TIME")).hasRedirectedUrl("/groups/5/members")
			.flash()
			.containsEntry("flash", "group.roster.lapsed");
		assertThat(this.kate.isCurrent()).isFalse();
		assertThat(this.kate).extracting("leftOn", "leftReason", "lapsed")
			.containsExactly(TODAY, LeavingReason.TRAVEL_OR_TIME, true);
		assertThat(this.jac.isCurrent()).isTrue();
	}

	@Test
	void aCoordinatorOrSomeoneNotInTheGroupCannotBeRecordedAsStopped() {
		assertThat(lapse(30, null)).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
		assertThat(lapse(99, null)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.jac.isCurrent()).isTrue();
	}

	@Test
	void aReasonNotOnTheListIsNotFoundAndChangesNothing() {
		assertThat(lapse(31, "BORED")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.kate.isCurrent()).isTrue();
	}

	@Test
	void anotherGroupsCoordinatorCannotRecordIt() {
		assertThat(this.mvc.post()
			.uri("/groups/5/members/31/lapsed")
			.with(csrf())
			.with(as(8, Role.MEMBER))
			.param("reason", "HEALTH")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.kate.isCurrent()).isTrue();
	}

}
