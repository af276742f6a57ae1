package org.followon.joinrequest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.followon.account.Role;
import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.group.GroupStatus;
import org.followon.group.GroupSummary;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@JoinRequestWebTest
class JoinRequestControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JoinRequestService service;

	@BeforeEach
	void anOpenGroup() {
		given(this.service.askable(5L)).willReturn(openGroup(5, "Canalside Tuesdays"));
		given(this.service.askable(6L)).willThrow(new NotFoundException("Open group", 6));
		given(this.service.ask(eq(6L), any(), any())).willThrow(new NotFoundException("Open group", 6));
	}

	private static GroupSummary openGroup(long id, String name) {
		return new GroupSummary(id, name, null, Frequency.MONTHLY, null, Channel.WHATSAPP, LocalDate.of(2027, 4, 1),
				null, null, null, 1L, null, "Canalside", null, Set.of(), false, true, DayOfWeek.TUESDAY,
				GroupStatus.FORMING, LocalDate.of(2027, 3, 1), null, null);
	}

	private MvcTestResult ask(long groupId, String message) {
		return this.mvc.post()
			.uri("/groups/" + groupId + "/ask")
			.with(csrf())
			.with(as(9, Role.MEMBER))
			.param("message", message)
			.exchange();
	}

	private MvcTestResult answer(String answer, String version) {
		return this.mvc.post()
			.uri("/groups/5/requests/40/" + answer)
			.with(csrf())
			.with(as(3, Role.MEMBER))
			.param("version", version)
			.exchange();
	}

	@Test
	void anonymousPeopleAreSentToSignIn() {
		assertThat(this.mvc.get().uri("/groups/5/ask")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
	}

	@Test
	void showsTheGroupAndAFormToAsk() {
		assertThat(this.mvc.get().uri("/groups/5/ask").with(as(9, Role.MEMBER))).hasStatusOk()
			.hasViewName("joinrequest/ask")
			.bodyText()
			.contains("Ask to join Canalside Tuesdays", "A message for the coordinators (optional)")
			.doesNotContain("You are already a member");
	}

	@Test
	void someoneAlreadyInOrWaitingIsToldSoWithNoForm() {
		given(this.service.alreadyInOrAsked(eq(5L), any())).willReturn(true);
		assertThat(this.mvc.get().uri("/groups/5/ask").with(as(9, Role.MEMBER))).bodyText()
			.contains("You are already a member of this group, or you have asked to join")
			.doesNotContain("A message for the coordinators");
	}

	@Test
	void asksAndSaysTheRequestWasSent() {
		given(this.service.ask(eq(5L), any(), any())).willReturn(true);
		assertThat(ask(5, "  I did my programme at Riverside  ")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/groups")
			.flash()
			.containsEntry("flash", "joinRequest.ask.sent");
		verify(this.service).ask(eq(5L), argThat((f) -> "I did my programme at Riverside".equals(f.message())),
				argThat((u) -> u.accountId() == 9));
	}

	@Test
	void askingAgainSaysNothingWasSent() {
		given(this.service.ask(eq(5L), any(), any())).willReturn(false);
		assertThat(ask(5, null)).hasRedirectedUrl("/groups/5/ask").flash().doesNotContainKey("flash");
	}

	@Test
	void aLongMessageIsRefusedWithTheErrorSummaryAndNothingIsAsked() {
		MvcTestResult result = ask(5, "m".repeat(301));
		assertThat(result).hasStatusOk()
			.hasViewName("joinrequest/ask")
			.model()
			.extractingBindingResult("joinRequestForm")
			.hasFieldErrorCode("message", "Size");
		assertThat(result).bodyText()
			.contains("There is a problem", "href=\"#message-field\"", "id=\"message-error\"",
					"Keep your message to 300 characters or fewer");
		verify(this.service, never()).ask(anyLong(), any(), any());
	}

	@Test
	void aGroupThatIsNotOpenIsNotFound() {
		assertThat(this.mvc.get().uri("/groups/6/ask").with(as(9, Role.MEMBER))).hasStatus(HttpStatus.NOT_FOUND)
			.hasViewName("error/404");
		assertThat(ask(6, "Hello")).hasStatus(HttpStatus.NOT_FOUND);
		// Even with a mistake in the form: there is no form to show.
		assertThat(ask(6, "m".repeat(301))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aCoordinatorAcceptsOrDeclinesAndIsToldWhichTheyDid() {
		assertThat(answer("accept", "2")).hasRedirectedUrl("/groups/5")
			.flash()
			.containsEntry("flash", "joinRequest.accepted");
		verify(this.service).decide(eq(5L), eq(40L), eq(true), eq(2L), argThat((u) -> u.accountId() == 3));
		assertThat(answer("decline", "2")).hasRedirectedUrl("/groups/5")
			.flash()
			.containsEntry("flash", "joinRequest.declined");
		verify(this.service).decide(eq(5L), eq(40L), eq(false), eq(2L), any());
	}

	@Test
	void onlyAcceptOrDecline() {
		assertThat(answer("ignore", "2")).hasStatus(HttpStatus.NOT_FOUND);
		verify(this.service, never()).decide(anyLong(), anyLong(), anyBoolean(), any(), any());
	}

	@Test
	void someoneWhoDoesNotCoordinateTheGroupIsRefused() {
		willThrow(new AccessDeniedException("no")).given(this.service)
			.decide(anyLong(), anyLong(), anyBoolean(), any(), any());
		assertThat(answer("accept", "0")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anAnswerToAnOutOfDatePageIsAClashWithAWayBack() {
		willThrow(new EditClashException("/groups/5")).given(this.service)
			.decide(anyLong(), anyLong(), anyBoolean(), any(), any());
		assertThat(answer("accept", "0")).hasStatus(HttpStatus.CONFLICT)
			.hasViewName("error/409")
			.bodyText()
			.contains("href=\"/groups/5\"");
	}

	@Test
	void anUnknownRequestIsNotFound() {
		willThrow(new NotFoundException("Join request", 40)).given(this.service)
			.decide(anyLong(), anyLong(), anyBoolean(), any(), any());
		assertThat(answer("decline", "0")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void withoutTheCsrfTokenNothingIsAskedOrAnswered() {
		assertThat(this.mvc.post().uri("/groups/5/ask").with(as(9, Role.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/groups/5/requests/40/accept").with(as(3, Role.MEMBER)).param("version", "0"))
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(this.service, never()).ask(anyLong(), any(), any());
		verify(this.service, never()).decide(anyLong(), anyLong(), anyBoolean(), any(), any());
	}

}
