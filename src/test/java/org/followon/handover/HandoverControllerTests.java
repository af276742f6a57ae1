package org.followon.handover;

import java.time.LocalDate;
import java.util.List;

import org.followon.account.Role;
import org.followon.programme.PmpParticipant;
import org.followon.programme.PmpSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@HandoverWebTest
class HandoverControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private HandoverService handovers;

	@Autowired
	private DiscussionService discussion;

	@Autowired
	private PlanService plans;

	@Autowired
	private HandoverViews views;

	@BeforeEach
	void pmp() {
		given(this.handovers.pmp(eq(4L), any())).willReturn(new PmpSummary(4, "PMP Autumn", "Riverside",
				List.of(LocalDate.of(2027, 3, 2)), LocalDate.of(2027, 3, 16), List.of(1L), List.of(2L), false));
		given(this.handovers.handover(4L)).willReturn(new Handover(4L));
		given(this.discussion.participant(4L, 40L)).willReturn(new PmpParticipant(40, "Joan Wright", "Jo", null, null));
		given(this.views.introduce(any()))
			.willAnswer((call) -> new HandoverViews.IntroducePage(call.getArgument(0), List.of(), List.of()));
		given(this.views.groupForm(any(), any()))
			.willAnswer((call) -> new HandoverViews.GroupFormPage(call.getArgument(0), call.getArgument(1), List.of(),
					List.of(), List.of()));
	}

	@Test
	void membersAndAnonymousPeopleCannotReachAHandover() {
		assertThat(this.mvc.get().uri("/pmps/4/handover").with(as(3, Role.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/pmps/4/handover")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
	}

	@Test
	void aDecisionNeedsAChoice() {
		assertThat(this.mvc.post()
			.uri("/pmps/4/handover/discuss/40")
			.with(csrf())
			.with(as(2, Role.PTV))
			.param("shareEmail", "true")).hasStatusOk()
			.hasViewName("handover/decision")
			.model()
			.extractingBindingResult("decisionForm")
			.hasFieldErrorCode("choice", "NotNull");
		verify(this.discussion, never()).decide(anyLong(), anyLong(), any(), any());
	}

	@Test
	void aTamperedChoiceIsRefusedInPlainWords() {
		assertThat(this.mvc.post()
			.uri("/pmps/4/handover/discuss/40")
			.with(csrf())
			.with(as(2, Role.PTV))
			.param("choice", "MAYBE_LATER")
			.param("channels", "CARRIER_PIGEON")).hasStatusOk()
			.bodyText()
			.contains("There is a problem", "Select from the choices given")
			.doesNotContain("Enter a valid value");
		verify(this.discussion, never()).decide(anyLong(), anyLong(), any(), any());
	}

	@Test
	void aDecisionIsSavedAndTheNextPersonComesUp() {
		given(this.discussion.decisions(4L)).willReturn(List.of());
		assertThat(this.mvc.post()
			.uri("/pmps/4/handover/discuss/40")
			.with(csrf())
			.with(as(2, Role.PTV))
			.param("choice", "NOT_FOR_ME")
			.param("reason", "HEALTH")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/pmps/4/handover/discuss");
		verify(this.discussion).decide(eq(4L), eq(40L), any(DecisionForm.class), any());
	}

	@Test
	void aGroupPlanRefusesAnUnsafeLinkAHugeVenueAndNoDate() {
		assertThat(this.mvc.post()
			.uri("/pmps/4/handover/groups/new")
			.with(csrf())
			.with(as(1, Role.CLINICIAN))
			.param("name", "Riverside group")
			.param("memberIds", "40")
			.param("coordinatorIds", "40")
			.param("frequency", "MONTHLY")
			.param("channel", "WHATSAPP")
			.param("time", "10:30")
			.param("venue", "v".repeat(10_000))
			.param("link", "javascript:alert(1)")).hasStatusOk()
			.hasViewName("handover/group-form")
			.model()
			.extractingBindingResult("groupForm")
			.hasFieldErrorCode("venue", "Size")
			.hasFieldErrorCode("link", "Pattern")
			.hasFieldErrorCode("day", "DateMissing");
		verify(this.plans, never()).save(anyLong(), any(), any(), any(), any());
	}

	@Test
	void aGroupNeedsAVenueOrALink() {
		assertThat(this.mvc.post()
			.uri("/pmps/4/handover/groups/new")
			.with(csrf())
			.with(as(1, Role.CLINICIAN))
			.param("name", "Riverside group")
			.param("memberIds", "40")
			.param("coordinatorIds", "40")
			.param("frequency", "MONTHLY")
			.param("channel", "WHATSAPP")
			.param("day", "9")
			.param("month", "3")
			.param("year", "2027")
			.param("time", "10:30")).model()
			.extractingBindingResult("groupForm")
			.hasFieldErrorCode("venue", "VenueOrLink");
		verify(this.plans, never()).save(anyLong(), any(), any(), any(), any());
	}

	@Test
	void aConfirmedHandoverCannotChangeAndSaysSo() {
		willThrow(new HandoverClosedException()).given(this.discussion).decide(anyLong(), anyLong(), any(), any());
		given(this.discussion.decisions(4L)).willReturn(List.of());
		assertThat(this.mvc.post()
			.uri("/pmps/4/handover/discuss/40")
			.with(csrf())
			.with(as(1, Role.CLINICIAN))
			.param("choice", "JOINING")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("The hand-over has already been confirmed")
			.contains("href=\"/pmps/4/handover\"");
	}

	@Test
	void theIntroductionNeedsAClinicianOfThisPmp() {
		assertThat(this.mvc.post()
			.uri("/pmps/4/handover/introduce")
			.with(csrf())
			.with(as(1, Role.CLINICIAN))
			.param("day", "2")
			.param("month", "3")
			.param("year", "2027")
			.param("clinicianId", "77")).hasStatusOk()
			.model()
			.extractingBindingResult("introduceForm")
			.hasFieldErrorCode("clinicianId", "NotAClinicianOfThisPmp");
		verify(this.handovers, never()).introduce(anyLong(), any(), any(), any());
	}

}
