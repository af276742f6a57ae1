package org.followon.programme;

import java.time.LocalDate;

import org.followon.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@ProgrammeWebTest
class SessionControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PmpService service;

	@BeforeEach
	void session() {
		given(this.service.session(eq(7L), eq(5), any()))
			.willReturn(new PmpViews.SessionRow(5, LocalDate.of(2027, 3, 30), false, false, false, false, 2));
	}

	private MvcTestResult move(String day, String month, String year) {
		return this.mvc.post()
			.uri("/pmps/7/sessions/5/move")
			.with(csrf())
			.with(as(1, Role.CLINICIAN))
			.param("day", day)
			.param("month", month)
			.param("year", year)
			.param("version", "2")
			.exchange();
	}

	@Test
	void movesASession() {
		assertThat(move("31", "3", "2027")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/pmps/7")
			.flash()
			.containsEntry("flash", "session.moved");
		verify(this.service).moveSession(eq(7L), eq(5), eq(LocalDate.of(2027, 3, 31)), eq(2L), any());
	}

	@Test
	void aMoveOutOfOrderSaysWhichDatesWouldDo() {
		willThrow(new SessionOrderException(LocalDate.of(2027, 3, 24), LocalDate.of(2027, 4, 5))).given(this.service)
			.moveSession(anyLong(), anyInt(), any(), anyLong(), any());
		assertThat(move("10", "4", "2027")).hasStatusOk()
			.hasViewName("programme/move-session")
			.bodyText()
			.contains("There is a problem")
			.contains("The new date must be between 24 March 2027 and 5 April 2027");
	}

	@Test
	void aMissingOrImpossibleDateIsRefused() {
		assertThat(move("", "", "")).model()
			.extractingBindingResult("moveSessionForm")
			.hasFieldErrorCode("day", "DateMissing");
		assertThat(move("30", "2", "2027")).model()
			.extractingBindingResult("moveSessionForm")
			.hasFieldErrorCode("day", "DateInvalid");
		verify(this.service, never()).moveSession(anyLong(), anyInt(), any(), anyLong(), any());
	}

	@Test
	void cancellingAsksFirstThenCancels() {
		assertThat(this.mvc.get().uri("/pmps/7/sessions/5/cancel").with(as(1, Role.CLINICIAN))).hasStatusOk()
			.bodyText()
			.contains("Cancel session 5 on Tuesday 30 March 2027?");
		assertThat(this.mvc.post()
			.uri("/pmps/7/sessions/5/cancel")
			.with(csrf())
			.with(as(1, Role.CLINICIAN))
			.param("version", "2")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/pmps/7");
		verify(this.service).cancelSession(eq(7L), eq(5), eq(2L), any());
	}

}
