package org.followon.programme;

import java.util.List;

import org.followon.account.Role;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@ProgrammeWebTest
class PmpControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PmpService service;

	private MvcTestResult postNew(String name, String day, String month, String year, String sessions, String weekday) {
		given(this.service.facilitators(anyList(), anyList()))
			.willReturn(List.of(new Facilitator(1L, FacilitatorKind.CLINICIAN)));
		return this.mvc.post()
			.uri("/pmps/new")
			.with(csrf())
			.with(as(1, Role.CLINICIAN))
			.param("name", name)
			.param("site", "Riverside Health Centre")
			.param("firstDay", day)
			.param("firstMonth", month)
			.param("firstYear", year)
			.param("sessionCount", sessions)
			.param("weekday", weekday)
			.param("startTime", "10:00")
			.param("clinicianIds", "1")
			.exchange();
	}

	@Test
	void anonymousPeopleAreSentToSignIn() {
		assertThat(this.mvc.get().uri("/pmps")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/sign-in");
	}

	@Test
	void membersCannotSeePmps() {
		assertThat(this.mvc.get().uri("/pmps").with(as(3, Role.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/pmps/1").with(as(3, Role.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void onlyCliniciansSetUpPmps() {
		assertThat(this.mvc.get().uri("/pmps/new").with(as(2, Role.PTV))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/pmps/new").with(as(5, Role.STAFF))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/pmps/new").with(as(1, Role.CLINICIAN))).hasStatusOk()
			.hasViewName("programme/new");
	}

	@Test
	void listsTheClinicianOwnPmps() {
		given(this.service.visibleTo(any())).willReturn(List.of());
		assertThat(this.mvc.get().uri("/pmps").with(as(1, Role.CLINICIAN))).hasStatusOk()
			.hasViewName("programme/list")
			.model()
			.containsKeys("current", "past");
	}

	@Test
	void createsAPmpAndShowsIt() {
		given(this.service.create(any(), any())).willReturn(42L);
		// 2 March 2027 is a Tuesday.
		assertThat(postNew("PMP Spring", "2", "3", "2027", "10", "TUESDAY")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/pmps/42")
			.flash()
			.containsEntry("flash", "pmp.created");
		verify(this.service).create(any(PmpPlan.class), any());
	}

	@Test
	void refusesAWeekdayThatDoesNotMatchTheFirstDate() {
		assertThat(postNew("PMP Spring", "2", "3", "2027", "10", "MONDAY")).hasStatusOk()
			.hasViewName("programme/new")
			.model()
			.extractingBindingResult("pmpForm")
			.hasFieldErrorCode("weekday", "WeekdayMismatch");
		verify(this.service, never()).create(any(), any());
	}

	@Test
	void refusesSevenOrThirteenSessions() {
		assertThat(postNew("PMP", "2", "3", "2027", "7", "TUESDAY")).model()
			.extractingBindingResult("pmpForm")
			.hasFieldErrorCode("sessionCount", "Min");
		assertThat(postNew("PMP", "2", "3", "2027", "13", "TUESDAY")).model()
			.extractingBindingResult("pmpForm")
			.hasFieldErrorCode("sessionCount", "Max");
		assertThat(postNew("PMP", "2", "3", "2027", "ten", "TUESDAY")).model()
			.extractingBindingResult("pmpForm")
			.hasFieldErrorCode("sessionCount", "typeMismatch");
		verify(this.service, never()).create(any(), any());
	}

	@Test
	void refusesAnImpossibleDateAndAHugeName() {
		MvcTestResult result = postNew("x".repeat(10_000), "31", "2", "2027", "10", "TUESDAY");
		assertThat(result).hasStatusOk()
			.model()
			.extractingBindingResult("pmpForm")
			.hasFieldErrorCode("name", "Size")
			.hasFieldErrorCode("firstDay", "DateInvalid");
		assertThat(result).bodyText()
			.contains("There is a problem")
			.contains("Name or code must be 100 characters or fewer")
			.contains("href=\"#firstDay-field\"");
		verify(this.service, never()).create(any(), any());
	}

	@Test
	void theErrorSummaryListsProblemsInTheOrderOfTheForm() throws Exception {
		String body = this.mvc.post()
			.uri("/pmps/new")
			.with(csrf())
			.with(as(1, Role.CLINICIAN))
			.exchange()
			.getResponse()
			.getContentAsString();
		String summary = body.substring(body.indexOf("nhsuk-error-summary__list"), body.indexOf("<h1"));
		assertThat(summary).containsSubsequence("#name-field", "#site-field", "#firstDay-field", "#weekday-field",
				"#startTime-field", "#sessionCount-field", "#clinicianIds-field");
	}

	@Test
	void needsAtLeastOneClinicianThatCanBeChosen() {
		given(this.service.facilitators(anyList(), anyList())).willReturn(null);
		assertThat(this.mvc.post()
			.uri("/pmps/new")
			.with(csrf())
			.with(as(1, Role.CLINICIAN))
			.param("clinicianIds", "999")
			.exchange()).model()
			.extractingBindingResult("pmpForm")
			.hasFieldErrorCode("clinicianIds", "UnknownFacilitator");
		verify(this.service, never()).create(any(), any());
	}

	@Test
	void withoutTheCsrfTokenNothingIsCreated() {
		assertThat(this.mvc.post().uri("/pmps/new").with(as(1, Role.CLINICIAN)).param("name", "x"))
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(this.service, never()).create(any(), any());
	}

	@Test
	void anUnknownPmpIsNotFound() {
		given(this.service.detail(eq(99L), any())).willThrow(new NotFoundException("PMP", 99));
		assertThat(this.mvc.get().uri("/pmps/99").with(as(1, Role.CLINICIAN))).hasStatus(HttpStatus.NOT_FOUND)
			.hasViewName("error/404")
			.bodyText()
			.contains("Page not found");
		assertThat(this.mvc.get().uri("/pmps/not-a-number").with(as(1, Role.CLINICIAN)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aSecondSaveOfTheSameVersionIsAClash() {
		given(this.service.facilitators(anyList(), anyList()))
			.willReturn(List.of(new Facilitator(1L, FacilitatorKind.CLINICIAN)));
		willThrow(new EditClashException("/pmps/5")).given(this.service)
			.changeDetails(anyLong(), any(), anyList(), any());
		assertThat(this.mvc.post()
			.uri("/pmps/5/edit")
			.with(csrf())
			.with(as(1, Role.CLINICIAN))
			.param("name", "PMP")
			.param("site", "Site")
			.param("startTime", "9.30")
			.param("clinicianIds", "1")
			.param("version", "0")).hasStatus(HttpStatus.CONFLICT)
			.hasViewName("error/409")
			.bodyText()
			.contains("Someone else changed this at the same time")
			.contains("href=\"/pmps/5\"");
	}

}
