package org.followon.group;

import java.util.List;

import org.followon.account.Role;
import org.followon.system.EditClashException;
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
import static org.followon.group.InMemoryGroups.coordinator;
import static org.followon.group.InMemoryGroups.member;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Sharing, leaving and stepping down: what a member does for themselves. */
@GroupWebTest
class SharingControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SharingService service;

	@BeforeEach
	void inGroupFiveAccountThreeCoordinatesAndFourIsAMember() {
		Membership jac = coordinator(30, 5, 3, "Jac Rowlands");
		given(this.service.mine(eq(5L), argThat((u) -> u != null && u.accountId() == 3))).willReturn(jac);
		given(this.service.mine(eq(5L), argThat((u) -> u != null && u.accountId() == 4)))
			.willReturn(member(31, 5, 4L, "Kate Pugh"));
		given(this.service.mine(eq(5L), argThat((u) -> u != null && u.accountId() == 8)))
			.willThrow(new AccessDeniedException("Not a member"));
		given(this.service.mine(eq(6L), any())).willThrow(new NotFoundException("Group", 6));
		given(this.service.possibleSuccessors(5L, jac))
			.willReturn(List.of(member(31, 5, 4L, "Kate Pugh"), member(32, 5, null, "Bert Lloyd")));
	}

	private MvcTestResult post(long accountId, String path, String... params) {
		var request = this.mvc.post().uri("/groups/5" + path).with(csrf()).with(as(accountId, Role.MEMBER));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	@Test
	void aMemberLeavesWithAReasonAndIsToldTheyHaveLeft() {
		assertThat(post(4, "/leave", "reason", "HEALTH", "version", "2")).hasRedirectedUrl("/groups")
			.flash()
			.containsEntry("flash", "group.leave.done");
		verify(this.service).leave(eq(5L),
				argThat((f) -> f.reason() == LeavingReason.HEALTH && f.reasonOther() == null && f.version() == 2),
				argThat((u) -> u.accountId() == 4));
	}

	@Test
	void theLeavingPageOffersTheCodedReasonsAndNotSayingAnything() {
		assertThat(this.mvc.get().uri("/groups/5/leave").with(as(4, Role.MEMBER))).hasStatusOk()
			.hasViewName("group/leave")
			.bodyText()
			.contains("Work or family commitments", "Travel, or the time of day", "I would rather not say",
					"name=\"version\"");
	}

	@Test
	void tooLongAReasonIsRefusedWithTheErrorSummaryAndTheyStay() {
		MvcTestResult result = post(4, "/leave", "reason", "OTHER", "reasonOther", "r".repeat(201), "version", "2");
		assertThat(result).hasStatusOk()
			.hasViewName("group/leave")
			.model()
			.extractingBindingResult("leavingForm")
			.hasFieldErrorCode("reasonOther", "Size");
		assertThat(result).bodyText()
			.contains("There is a problem", "href=\"#reasonOther-field\"", "id=\"reasonOther-error\"",
					"Keep this to 200 characters or fewer");
		verify(this.service, never()).leave(anyLong(), any(), any());
	}

	@Test
	void aReasonNotOnTheListIsRefusedAndTheyStay() {
		assertThat(post(4, "/leave", "reason", "BORED", "version", "2")).hasStatusOk()
			.bodyText()
			.contains("There is a problem", "Select a reason from the list");
		verify(this.service, never()).leave(anyLong(), any(), any());
	}

	@Test
	void onlyAMemberCanLeaveAndOnlyTheirOwnMembership() {
		assertThat(post(8, "/leave", "reason", "HEALTH", "version", "0")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(8, "/leave", "reasonOther", "r".repeat(201))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/groups/6/leave").with(csrf()).with(as(4, Role.MEMBER)))
			.hasStatus(HttpStatus.NOT_FOUND);
		verify(this.service, never()).leave(anyLong(), any(), any());
	}

	@Test
	void leavingFromAnOutOfDatePageIsAClash() {
		willThrow(new EditClashException("/groups/5/leave")).given(this.service).leave(anyLong(), any(), any());
		assertThat(post(4, "/leave", "version", "1")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("href=\"/groups/5/leave\"");
	}

	@Test
	void aCoordinatorChoosesWhoTakesOverOrNobody() {
		assertThat(this.mvc.get().uri("/groups/5/step-down").with(as(3, Role.MEMBER))).hasStatusOk()
			.hasViewName("group/step-down")
			.bodyText()
			.contains("Kate Pugh", "Bert Lloyd", "value=\"31\"", "Nobody yet")
			.doesNotContain("Jac Rowlands");
		assertThat(this.mvc.get().uri("/groups/5/step-down").with(as(4, Role.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void steppingDownNamesTheSuccessorOrNobody() {
		assertThat(post(3, "/step-down", "successorId", "31", "version", "2")).hasRedirectedUrl("/groups/5")
			.flash()
			.containsEntry("flash", "group.stepDown.done");
		verify(this.service).stepDown(eq(5L), argThat((f) -> f.successorId() == 31 && f.version() == 2),
				argThat((u) -> u.accountId() == 3));
		assertThat(post(3, "/step-down", "successorId", "", "version", "2")).hasRedirectedUrl("/groups/5");
		verify(this.service).stepDown(eq(5L), argThat((f) -> f.successorId() == null), any());
	}

	@Test
	void steppingDownIsRefusedOrClashesAsTheServiceSays() {
		willThrow(new NotFoundException("Member", 99)).given(this.service)
			.stepDown(eq(5L), argThat((f) -> f.successorId() != null && f.successorId() == 99), any());
		assertThat(post(3, "/step-down", "successorId", "99", "version", "2")).hasStatus(HttpStatus.NOT_FOUND);
		willThrow(new EditClashException("/groups/5/step-down")).given(this.service)
			.stepDown(eq(5L), argThat((f) -> f.version() != null && f.version() == 1), any());
		assertThat(post(3, "/step-down", "version", "1")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("href=\"/groups/5/step-down\"");
		willThrow(new AccessDeniedException("Not a coordinator")).given(this.service)
			.stepDown(eq(5L), any(), argThat((u) -> u.accountId() == 4));
		assertThat(post(4, "/step-down", "version", "0")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aMemberChangesWhatTheyShare() {
		assertThat(this.mvc.get().uri("/groups/5/sharing").with(as(4, Role.MEMBER))).hasStatusOk()
			.hasViewName("group/sharing");
		assertThat(post(4, "/sharing", "shareEmail", "true", "version", "2")).hasRedirectedUrl("/groups/5")
			.flash()
			.containsEntry("flash", "group.sharing.saved");
		verify(this.service).change(eq(5L), argThat((f) -> f.email() && !f.mobile() && f.version() == 2),
				argThat((u) -> u.accountId() == 4));
		assertThat(this.mvc.get().uri("/groups/5/sharing").with(as(8, Role.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/groups/6/sharing").with(as(4, Role.MEMBER))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anonymousPeopleAreSentToSignInAndNothingChanges() {
		assertThat(this.mvc.post().uri("/groups/5/leave").with(csrf()).param("version", "0"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
		assertThat(this.mvc.post().uri("/groups/5/leave").with(as(4, Role.MEMBER)).param("version", "0"))
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(this.service, never()).leave(anyLong(), any(), any());
	}

}
