package org.followon.programme;

import org.followon.account.Role;
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
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@ProgrammeWebTest
class ParticipantControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PmpService service;

	private MvcTestResult enrol(String name, String email, String mobile) {
		return this.mvc.post()
			.uri("/pmps/7/participants/new")
			.with(csrf())
			.with(as(1, Role.CLINICIAN))
			.param("name", name)
			.param("email", email)
			.param("mobile", mobile)
			.exchange();
	}

	@Test
	void enrolsAParticipantWithTheirMobileWrittenTheUkWay() {
		assertThat(enrol("Joan Wright", "joan@example.org", "+447700900123")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/pmps/7#participants");
		verify(this.service).enrol(eq(7L), argThat((d) -> "07700 900123".equals(d.mobile())
				&& "joan@example.org".equals(d.email()) && d.preferredName() == null), any());
	}

	@Test
	void refusesAnEmailWithoutAnAtSignAndANonUkMobile() {
		assertThat(enrol("Joan Wright", "joan.example.org", "12345")).hasStatusOk()
			.hasViewName("programme/participant-form")
			.model()
			.extractingBindingResult("participantForm")
			.hasFieldErrorCode("email", "Email")
			.hasFieldErrorCode("mobile", "UkMobile");
		assertThat(enrol("Joan Wright", "joan@nowhere", "")).model()
			.extractingBindingResult("participantForm")
			.hasFieldErrorCode("email", "Email");
		verify(this.service, never()).enrol(anyLong(), any(), any());
	}

	@Test
	void refusesAMissingOrHugeName() {
		assertThat(enrol("", null, null)).model()
			.extractingBindingResult("participantForm")
			.hasFieldErrorCode("name", "NotBlank");
		MvcTestResult huge = enrol("n".repeat(10_000), null, null);
		assertThat(huge).model().extractingBindingResult("participantForm").hasFieldErrorCode("name", "Size");
		assertThat(huge).bodyText().contains("Full name must be 100 characters or fewer");
		verify(this.service, never()).enrol(anyLong(), any(), any());
	}

	@Test
	void aTamperedChoiceIsAnErrorNotACrash() {
		assertThat(this.mvc.post()
			.uri("/pmps/7/participants/new")
			.with(csrf())
			.with(as(1, Role.CLINICIAN))
			.param("name", "Joan")
			.param("gender", "SOMETHING_ELSE")).hasStatusOk()
			.model()
			.extractingBindingResult("participantForm")
			.hasFieldErrorCode("gender", "typeMismatch");
		verify(this.service, never()).enrol(anyLong(), any(), any());
	}

	@Test
	void onlyThePmpsCliniciansAndStaffEnrol() {
		willThrow(new AccessDeniedException("no")).given(this.service).checkCanManage(eq(7L), any());
		assertThat(this.mvc.get().uri("/pmps/7/participants/new").with(as(2, Role.PTV)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(enrol("Joan", null, null)).hasStatus(HttpStatus.FORBIDDEN);
		verify(this.service, never()).enrol(anyLong(), any(), any());
	}

}
