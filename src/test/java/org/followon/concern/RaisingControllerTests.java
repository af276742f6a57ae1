package org.followon.concern;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.followon.account.Role;
import org.followon.group.GroupAccess;
import org.followon.group.GroupMember;
import org.followon.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@ConcernWebTest
class RaisingControllerTests {

	static final String HOURS = ConcernWebTest.HOURS;

	private static final GroupAccess GROUP = new GroupAccess(7, "Riverside Thursday group", 70L, false, false);

	private static final GroupMember LINDA = new GroupMember(71, "Linda", 5L, "l@example.org", null, true, true);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Concerns concerns;

	@BeforeEach
	void group() {
		given(this.concerns.groupFor(eq(7L), anyLong())).willReturn(Optional.of(GROUP));
		given(this.concerns.groupFor(eq(8L), anyLong())).willReturn(Optional.empty());
		given(this.concerns.othersIn(eq(GROUP), anyLong())).willReturn(List.of(LINDA));
		given(this.concerns.accountEmail(anyLong())).willReturn(Optional.of("member3@example.org"));
		given(this.concerns.raise(anyLong(), any())).willReturn(42L);
	}

	private MvcTestResult raise(String... params) {
		var request = this.mvc.post().uri("/concerns/new").with(csrf()).with(as(3, Role.MEMBER));
		String[] defaults = { "groupId", "7", "about", "71", "whatHappened", "Linda said she could not go on.",
				"urgency", "TODAY", "personKnows", "NO", "contactBy", "ACCOUNT" };
		java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
		for (int i = 0; i < defaults.length; i += 2) {
			all.put(defaults[i], defaults[i + 1]);
		}
		for (int i = 0; i < params.length; i += 2) {
			all.put(params[i], params[i + 1]);
		}
		all.forEach(request::param);
		return request.exchange();
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@Test
	void anonymousPeopleAreSentToSignIn() {
		assertThat(this.mvc.get().uri("/concerns/new")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
		assertThat(this.mvc.get().uri("/concerns/mine")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
	}

	@Test
	void theFormShowsTheUrgentHelpFirstAndTheGroupsMembers() {
		MvcTestResult result = this.mvc.get().uri("/concerns/new?group=7").with(as(3, Role.MEMBER)).exchange();
		assertThat(result).hasStatusOk().hasViewName("concern/new");
		String page = body(result);
		assertThat(page).contains("call 999", "NHS 111", "116 123", "does not watch this around the clock", HOURS,
				"Linda", "Someone else", "Myself");
		assertThat(page.indexOf("call 999")).isLessThan(page.indexOf("Who are you worried about?"));
	}

	@Test
	void aGroupThePersonIsNotInShowsNoMembers() {
		MvcTestResult result = this.mvc.get().uri("/concerns/new?group=8").with(as(3, Role.MEMBER)).exchange();
		assertThat(result).hasStatusOk();
		assertThat(body(result)).doesNotContain("Linda");
	}

	@Test
	void aConcernIsSavedAndThePersonSeesWhatHappensNext() {
		assertThat(raise()).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/concerns/mine/42")
			.flash()
			.containsEntry("flash", "concern.flash.sent");
		verify(this.concerns).raise(3L,
				new NewConcern(7L, About.MEMBER, 71L, "Linda", "Linda said she could not go on.", Urgency.TODAY,
						PersonKnows.NO, ContactBy.ACCOUNT, "member3@example.org", null));
	}

	@Test
	void aConcernAboutOneselfDoesNotAskWhetherThePersonKnows() {
		assertThat(raise("about", "SELF", "personKnows", "")).hasStatus(HttpStatus.FOUND);
		verify(this.concerns).raise(eq(3L),
				eq(new NewConcern(7L, About.SELF, null, "MEMBER 3", "Linda said she could not go on.", Urgency.TODAY,
						null, ContactBy.ACCOUNT, "member3@example.org", null)));
	}

	@Test
	void badInputIsShownWithEveryProblemAndNothingIsStored() {
		MvcTestResult result = raise("about", "", "whatHappened", "x".repeat(3001), "urgency", "NEVER", "contactBy",
				"PHONE", "contactPhone", "call me");
		assertThat(result).hasStatusOk()
			.hasViewName("concern/new")
			.model()
			.extractingBindingResult("concernForm")
			.hasFieldErrors("about", "whatHappened", "urgency", "contactPhone");
		assertThat(body(result)).contains("There is a problem", "Choose who you are worried about",
				"href=\"#contactPhone-field\"", "call 999");
		verify(this.concerns, never()).raise(anyLong(), any());
	}

	@Test
	void someoneElseNeedsANameAndAnEmailContactNeedsAnAddress() {
		assertThat(raise("about", "SOMEONE_ELSE", "contactBy", "EMAIL", "contactEmail", "not-an-address")).hasStatusOk()
			.model()
			.extractingBindingResult("concernForm")
			.hasFieldErrors("aboutName", "contactEmail");
		assertThat(raise("about", "71", "personKnows", "")).hasStatusOk()
			.model()
			.extractingBindingResult("concernForm")
			.hasFieldErrors("personKnows");
		verify(this.concerns, never()).raise(anyLong(), any());
	}

	@Test
	void aMemberOfAnotherGroupCannotBeChosen() {
		assertThat(raise("about", "999")).hasStatusOk()
			.model()
			.extractingBindingResult("concernForm")
			.hasFieldErrors("about");
		assertThat(raise("groupId", "8", "about", "71")).hasStatusOk()
			.model()
			.extractingBindingResult("concernForm")
			.hasFieldErrors("about");
		verify(this.concerns, never()).raise(anyLong(), any());
	}

	@Test
	void ifSavingFailsThePersonIsToldItWasNotSentAndHowToReachTheService() {
		given(this.concerns.raise(anyLong(), any())).willThrow(new DataAccessResourceFailureException("down"));
		MvcTestResult result = raise();
		assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasViewName("concern/not-sent");
		assertThat(body(result)).contains("your concern has NOT been sent", "01632 960000", "call 999", "NHS 111",
				"116 123", "Linda said she could not go on.");
	}

	@Test
	void ifTheDatabaseCannotBeReachedTheConcernIsNotSentAndThePersonIsToldSo() {
		// What the data layer throws when PostgreSQL is down: before saving, while the
		// group is read.
		given(this.concerns.groupFor(eq(7L), anyLong()))
			.willThrow(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"));
		MvcTestResult result = raise();
		assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasViewName("concern/not-sent");
		assertThat(body(result)).contains("your concern has NOT been sent", "01632 960000", "call 999", "NHS 111",
				"116 123", "Linda said she could not go on.");
		verify(this.concerns, never()).raise(anyLong(), any());
	}

	@Test
	void ifTheFormCannotBeShownThePersonIsToldHowToReachTheServiceInstead() {
		given(this.concerns.groupFor(eq(7L), anyLong())).willThrow(new DataAccessResourceFailureException("down"));
		MvcTestResult result = this.mvc.get().uri("/concerns/new?group=7").with(as(3, Role.MEMBER)).exchange();
		assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasViewName("concern/not-sent");
		assertThat(body(result))
			.contains("you cannot raise a concern online at the moment", "01632 960000", "call 999", "NHS 111",
					"116 123")
			.doesNotContain("What you wrote");
	}

	@Test
	void theRaiserSeesTheirConcernsStatusAndWhatHappensNext() {
		LocalDateTime raised = LocalDateTime.of(2026, 3, 6, 16, 0);
		given(this.concerns.mine(3L, 42L)).willReturn(
				new ConcernViews.MyConcern(42, raised, About.MEMBER, "Linda", Urgency.TODAY, ConcernStatus.RECEIVED,
						null, null, LocalDateTime.of(2026, 3, 9, 12, 0), LocalDateTime.of(2026, 3, 9, 17, 0)));
		MvcTestResult result = this.mvc.get().uri("/concerns/mine/42").with(as(3, Role.MEMBER)).exchange();
		assertThat(result).hasStatusOk();
		assertThat(body(result)).contains("Received", "will read your concern by Monday 9 March 2026 at 12:00",
				"contact you by Monday 9 March 2026 at 17:00", HOURS, "01632 960000");
	}

	@Test
	void someoneElsesConcernIsNotFoundRatherThanForbidden() {
		given(this.concerns.mine(3L, 43L)).willThrow(new NotFoundException("Concern", 43L));
		assertThat(this.mvc.get().uri("/concerns/mine/43").with(as(3, Role.MEMBER))).hasStatus(HttpStatus.NOT_FOUND);
	}

}
