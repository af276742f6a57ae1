package org.followon.invitation;

import java.time.LocalDate;
import java.util.List;

import org.followon.account.Role;
import org.followon.programme.PmpSummary;
import org.followon.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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

@InvitationWebTest
class InvitationControllerTests {

	private static final LocalDate EXPIRES = LocalDate.of(2027, 3, 16);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private InvitationService service;

	@BeforeEach
	void aPmpWithThreeInvitations() {
		PmpSummary pmp = new PmpSummary(7, "PMP Spring", "Riverside", List.of(), EXPIRES, List.of(1L), List.of(2L),
				true);
		given(this.service.visible(eq(7L), any())).willReturn(pmp);
		given(this.service.manageable(eq(7L), any())).willReturn(pmp);
		given(this.service.forPmp(7)).willReturn(List.of(
				new InvitationRow(11, "Maggie", 3, "Tuesday Group", true, InvitationStatus.NOT_SENT, "ABCD-EFGH",
						EXPIRES),
				new InvitationRow(12, "Alan", 3, "Tuesday Group", false, InvitationStatus.PRINTED_CARD, "JKMN-PQRS",
						EXPIRES),
				new InvitationRow(13, "Sue", 3, "Tuesday Group", true, InvitationStatus.USED, "TUVW-XYZ2", EXPIRES)));
	}

	@Test
	void cliniciansSeeEachInvitationAndCanSendAgain() {
		assertThat(this.mvc.get().uri("/pmps/7/handover/invitations").with(as(1, Role.CLINICIAN))).hasStatusOk()
			.hasViewName("invitation/invitations")
			.bodyText()
			.contains("Maggie", "Email not sent", "ABCD-EFGH", "Send again", "for Maggie")
			.contains("Alan", "Card to print", "JKMN-PQRS", "New code")
			.contains("Sue", "Account set up")
			.doesNotContain("TUVW-XYZ2")
			.contains("/pmps/7/handover/invitations/11/resend")
			.doesNotContain("/pmps/7/handover/invitations/13/resend");
	}

	@Test
	void ptvsSeeTheListButCannotSendAgain() {
		assertThat(this.mvc.get().uri("/pmps/7/handover/invitations").with(as(2, Role.PTV))).hasStatusOk()
			.bodyText()
			.contains("Maggie")
			.doesNotContain("Send again");
		willThrow(new AccessDeniedException("no")).given(this.service).manageable(eq(7L), any());
		assertThat(this.mvc.post().uri("/pmps/7/handover/invitations/11/resend").with(csrf()).with(as(2, Role.PTV)))
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(this.service, never()).resend(anyLong(), any());
	}

	@Test
	void sendingAgainComesBackToTheListWithAMessage() {
		given(this.service.belongsTo(11, 7)).willReturn(true);
		given(this.service.resend(eq(11L), any())).willReturn(true);
		assertThat(
				this.mvc.post().uri("/pmps/7/handover/invitations/11/resend").with(csrf()).with(as(1, Role.CLINICIAN)))
			.hasRedirectedUrl("/pmps/7/handover/invitations")
			.flash()
			.containsEntry("flash", "invitation.renewed");
	}

	@Test
	void anInvitationOfAnotherPmpIsNotFoundHere() {
		given(this.service.belongsTo(99, 7)).willReturn(false);
		assertThat(
				this.mvc.post().uri("/pmps/7/handover/invitations/99/resend").with(csrf()).with(as(1, Role.CLINICIAN)))
			.hasStatus(HttpStatus.NOT_FOUND);
		verify(this.service, never()).resend(anyLong(), any());
	}

	@Test
	void anUnknownPmpIsNotFoundAndOthersAreForbidden() {
		given(this.service.visible(eq(8L), any())).willThrow(new NotFoundException("PMP", 8));
		assertThat(this.mvc.get().uri("/pmps/8/handover/invitations").with(as(1, Role.CLINICIAN)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/pmps/7/handover/invitations").with(as(4, Role.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/pmps/7/handover/invitations/cards")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
	}

	@Test
	void cardsAreForPeopleWithoutEmailUnlessAllAreAskedFor() {
		assertThat(this.mvc.get().uri("/pmps/7/handover/invitations/cards").with(as(1, Role.CLINICIAN))).hasStatusOk()
			.bodyText()
			.contains("For Alan", "JKMN-PQRS", "http://localhost:8080/join", "Use it by Tuesday 16 March 2027",
					"116 123")
			.doesNotContain("For Maggie", "For Sue");
		assertThat(this.mvc.get().uri("/pmps/7/handover/invitations/cards?all=true").with(as(1, Role.CLINICIAN)))
			.bodyText()
			.contains("For Alan", "For Maggie", "ABCD-EFGH")
			.as("a used invitation needs no card")
			.doesNotContain("For Sue");
	}

}
