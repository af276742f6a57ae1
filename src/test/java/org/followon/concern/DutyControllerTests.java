package org.followon.concern;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.concern.ConcernViews.Age;
import org.followon.system.EditClashException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@ConcernWebTest
class DutyControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private DutyDesk desk;

	@Autowired
	private Accounts accounts;

	private static ConcernViews.DutyConcern concern() {
		LocalDateTime raised = LocalDateTime.of(2026, 3, 9, 10, 0);
		return new ConcernViews.DutyConcern(42, 3, raised, new Age("hours", 2), "Peter Hughes",
				"Riverside Thursday group", 7L, About.MEMBER, "Linda", "Linda said she could not go on.", Urgency.TODAY,
				PersonKnows.NO, ContactBy.PHONE, null, "07700 900123", ConcernStatus.RECEIVED, raised.plusHours(4),
				raised.withHour(17), null, null,
				List.of(new ConcernViews.HistoryLine(EventKind.CREATED, raised, "Peter Hughes", null)),
				List.of(new ConcernViews.ReadLine(raised.plusMinutes(30), "Dr Asha Patel")));
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@Test
	void onlyTheDutyRotaReadsConcerns() {
		for (Role role : Role.values()) {
			if (role != Role.DUTY) {
				assertThat(this.mvc.get().uri("/concerns").with(as(5, role))).as(role.name())
					.hasStatus(HttpStatus.FORBIDDEN);
				assertThat(this.mvc.get().uri("/concerns/42").with(as(5, role))).as(role.name())
					.hasStatus(HttpStatus.FORBIDDEN);
				assertThat(this.mvc.post()
					.uri("/concerns/42/acknowledge")
					.with(csrf())
					.param("version", "3")
					.with(as(5, role))).as(role.name()).hasStatus(HttpStatus.FORBIDDEN);
			}
		}
		verify(this.desk, never()).open(anyLong(), anyLong());
		assertThat(this.mvc.get().uri("/concerns")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/sign-in");
	}

	@Test
	void aDutyClinicianReadsTheWholeConcern() {
		given(this.desk.open(42, 5)).willReturn(concern());
		MvcTestResult result = this.mvc.get().uri("/concerns/42").with(as(5, Role.CLINICIAN, Role.DUTY)).exchange();
		assertThat(result).hasStatusOk().hasViewName("concern/show");
		assertThat(body(result)).contains("Peter Hughes", "Linda said she could not go on.", "07700 900123",
				"Riverside Thursday group", "Acknowledge", "Who has read this concern",
				"Dr Asha Patel, 9 Mar 2026, 10:30");
	}

	@Test
	void closedConcernsAreListedAPageAtATime() {
		LocalDateTime raised = LocalDateTime.of(2026, 3, 9, 10, 0);
		given(this.desk.closed(5, 2))
			.willReturn(new ConcernViews.ClosedPage(List.of(new ConcernViews.ClosedRow(41, raised, raised.plusDays(1),
					Urgency.SOON, "Riverside Thursday group", ConcernOutcome.SPOKE_TO_PERSON)), 2, true));
		MvcTestResult result = this.mvc.get()
			.uri("/concerns/closed?page=2")
			.with(as(5, Role.CLINICIAN, Role.DUTY))
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("concern/closed");
		assertThat(body(result)).contains("href=\"/concerns/41\"", "10 Mar 2026, 10:00", "Riverside Thursday group",
				"Spoke to the person the concern is about", "href=\"/concerns/closed?page=1\"",
				"href=\"/concerns/closed?page=3\"");

		given(this.desk.closed(5, 1)).willReturn(new ConcernViews.ClosedPage(List.of(), 1, false));
		assertThat(this.mvc.get().uri("/concerns/closed?page=abc").with(as(5, Role.CLINICIAN, Role.DUTY)))
			.as("a page that is not a number is the first")
			.hasStatusOk()
			.bodyText()
			.contains("No concern has been closed yet");
		given(this.desk.closed(5, 9)).willReturn(new ConcernViews.ClosedPage(List.of(), 9, false));
		assertThat(this.mvc.get().uri("/concerns/closed?page=9").with(as(5, Role.CLINICIAN, Role.DUTY)))
			.as("past the last page")
			.hasStatusOk()
			.bodyText()
			.contains("There are no more closed concerns", "See the most recently closed")
			.doesNotContain("No concern has been closed yet");
		assertThat(this.mvc.get().uri("/concerns/closed").with(as(5, Role.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void acknowledgingGoesBackToTheConcern() {
		assertThat(this.mvc.post()
			.uri("/concerns/42/acknowledge")
			.with(csrf())
			.param("version", "3")
			.with(as(5, Role.CLINICIAN, Role.DUTY))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/concerns/42")
			.flash()
			.containsEntry("flash", "concern.flash.acknowledged");
		verify(this.desk).acknowledge(42, 3, 5);
	}

	@Test
	void aStalePageIsAnEditClash() {
		willThrow(new EditClashException("/concerns/42")).given(this.desk).acknowledge(42, 2, 5);
		assertThat(this.mvc.post()
			.uri("/concerns/42/acknowledge")
			.with(csrf())
			.param("version", "2")
			.with(as(5, Role.STAFF, Role.DUTY))).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void closingNeedsAnOutcomeAndANote() {
		given(this.desk.open(42, 5)).willReturn(concern());
		MvcTestResult result = this.mvc.post()
			.uri("/concerns/42/close")
			.with(csrf())
			.param("version", "3")
			.param("outcome", "MADE_UP")
			.with(as(5, Role.CLINICIAN, Role.DUTY))
			.exchange();
		assertThat(result).hasStatusOk()
			.model()
			.extractingBindingResult("closeForm")
			.hasFieldErrors("outcome", "outcomeNote");
		verify(this.desk, never()).close(anyLong(), anyLong(), anyLong(), any(), any());
		assertThat(this.mvc.post()
			.uri("/concerns/42/close")
			.with(csrf())
			.param("version", "3")
			.param("outcome", "SPOKE_TO_PERSON")
			.param("outcomeNote", "Phoned Linda; her GP will call today.")
			.with(as(5, Role.CLINICIAN, Role.DUTY))).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/concerns/42");
		verify(this.desk).close(42, 3, 5, ConcernOutcome.SPOKE_TO_PERSON, "Phoned Linda; her GP will call today.");
	}

	@Test
	void anActionNeedsANote() {
		given(this.desk.open(42, 5)).willReturn(concern());
		assertThat(this.mvc.post()
			.uri("/concerns/42/actions")
			.with(csrf())
			.param("version", "3")
			.with(as(5, Role.CLINICIAN, Role.DUTY))).hasStatusOk()
			.model()
			.extractingBindingResult("actionForm")
			.hasFieldErrors("note");
		verify(this.desk, never()).recordAction(anyLong(), anyLong(), anyLong(), any());
	}

	@Test
	void staffKeepTheRota() {
		given(this.accounts.dutyRota())
			.willReturn(List.of(new Accounts.RotaEntry(5, "Dr Asha Patel", Set.of(Role.CLINICIAN), 1)));
		assertThat(this.mvc.get().uri("/concerns/duty-team").with(as(9, Role.STAFF))).hasStatusOk()
			.bodyText()
			.contains("Dr Asha Patel", "Nobody is on the duty rota");
		assertThat(this.mvc.get().uri("/concerns/duty-team").with(as(5, Role.CLINICIAN, Role.DUTY)))
			.hasStatus(HttpStatus.FORBIDDEN);
		given(this.accounts.changeDuty(5, 1, true)).willReturn(true);
		assertThat(this.mvc.post()
			.uri("/concerns/duty-team")
			.with(csrf())
			.param("accountId", "5")
			.param("version", "1")
			.param("duty", "true")
			.with(as(9, Role.STAFF))).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/concerns/duty-team");
		given(this.accounts.changeDuty(5, 0, true)).willReturn(false);
		assertThat(this.mvc.post()
			.uri("/concerns/duty-team")
			.with(csrf())
			.param("accountId", "5")
			.param("version", "0")
			.param("duty", "true")
			.with(as(9, Role.STAFF))).hasStatus(HttpStatus.CONFLICT);
		assertThat(
				this.mvc.post().uri("/concerns/duty-team").with(csrf()).param("version", "0").with(as(9, Role.STAFF)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theDutyRotaFindsTheQueueInTheHeaderAndNobodyElseIsShownIt() {
		given(this.desk.open(42, 5)).willReturn(concern());
		assertThat(this.mvc.get().uri("/concerns/42").with(as(5, Role.CLINICIAN, Role.DUTY))).hasStatusOk()
			.bodyText()
			.contains("href=\"/concerns\" id=\"nav-concerns\"");
		given(this.accounts.dutyRota()).willReturn(List.of());
		assertThat(this.mvc.get().uri("/concerns/duty-team").with(as(9, Role.STAFF))).hasStatusOk()
			.bodyText()
			.doesNotContain("nav-concerns");
	}

}
