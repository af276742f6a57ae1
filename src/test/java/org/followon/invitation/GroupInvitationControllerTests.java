package org.followon.invitation;

import java.time.LocalDate;
import java.util.Set;

import org.followon.account.Role;
import org.followon.group.Channel;
import org.followon.group.Frequency;
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
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@InvitationWebTest
class GroupInvitationControllerTests {

	private static final LocalDate EXPIRES = LocalDate.of(2027, 3, 16);

	private static final GroupSummary GROUP = new GroupSummary(5, "Riverside Thursday group", null, Frequency.MONTHLY,
			null, Channel.WHATSAPP, null, null, null, null, null, null, null, null, Set.of(), false, false, null,
			org.followon.group.GroupStatus.FORMING, LocalDate.of(2026, 11, 1), null, null);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private GroupInvitationService service;

	@BeforeEach
	void lindaCoordinatesGroupFive() {
		given(this.service.coordinated(eq(5L), argThat((u) -> u != null && u.accountId() == 1))).willReturn(GROUP);
		given(this.service.coordinated(eq(5L), argThat((u) -> u != null && u.accountId() != 1)))
			.willThrow(new AccessDeniedException("Not a coordinator"));
		given(this.service.coordinated(eq(6L), any())).willThrow(new NotFoundException("Group", 6));
		given(this.service.invite(eq(5L), any(), any())).willReturn(42L);
	}

	private MvcTestResult invite(long accountId, String knownAs, String email) {
		return this.mvc.post()
			.uri("/groups/5/invitations/new")
			.with(csrf())
			.with(as(accountId, Role.MEMBER))
			.param("knownAs", knownAs)
			.param("email", email)
			.exchange();
	}

	private MvcTestResult resend(long invitationId, long version) {
		return this.mvc.post()
			.uri("/groups/5/invitations/" + invitationId + "/resend")
			.with(csrf())
			.with(as(1, Role.MEMBER))
			.param("version", Long.toString(version))
			.exchange();
	}

	@Test
	void aCoordinatorGetsTheFormWithANameAndAnOptionalEmailAddress() {
		assertThat(this.mvc.get().uri("/groups/5/invitations/new").with(as(1, Role.MEMBER))).hasStatusOk()
			.hasViewName("invitation/new")
			.bodyText()
			.contains("Invite someone to join", "Riverside Thursday group", "id=\"knownAs-field\"",
					"id=\"email-field\"", "Their email address (optional)", "action=\"/groups/5/invitations/new\"")
			.doesNotContain("There is a problem");
	}

	@Test
	void withAnEmailAddressTheInvitationIsEmailedAndTheCardShown() {
		assertThat(invite(1, " Brenda ", " brenda@example.org ")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/groups/5/invitations/42")
			.flash()
			.containsEntry("flash", "invitation.group.emailed");
		verify(this.service).invite(eq(5L),
				argThat((f) -> f.knownAs().equals("Brenda") && f.email().equals("brenda@example.org")), any());
	}

	@Test
	void withoutOneTheyGetAJoinCode() {
		assertThat(invite(1, "Alan", "")).hasRedirectedUrl("/groups/5/invitations/42")
			.flash()
			.containsEntry("flash", "invitation.group.made");
		verify(this.service).invite(eq(5L), argThat((f) -> f.knownAs().equals("Alan") && f.email() == null), any());
	}

	@Test
	void badInputIsShownWithTheErrorSummaryAndNothingIsStored() {
		MvcTestResult blank = invite(1, " ", "brenda@example");
		assertThat(blank).hasStatusOk()
			.hasViewName("invitation/new")
			.model()
			.extractingBindingResult("invitationForm")
			.hasFieldErrorCode("knownAs", "NotBlank")
			.hasFieldErrorCode("email", "Email");
		assertThat(blank).bodyText()
			.contains("There is a problem", "href=\"#knownAs-field\"", "Enter their name",
					"Enter an email address in the correct format", "value=\"brenda@example\"");
		// 257 characters, each part within what an address may have.
		String longAddress = "b".repeat(64) + "@" + ("a".repeat(60) + ".").repeat(3) + "aaaaa.org";
		assertThat(invite(1, "x".repeat(101), longAddress)).model()
			.extractingBindingResult("invitationForm")
			.hasFieldErrorCode("knownAs", "Size")
			.hasFieldErrorCode("email", "Size");
		verify(this.service, never()).invite(anyLong(), any(), any());
	}

	@Test
	void onlyTheGroupsCoordinatorsMayInviteAndAnUnknownGroupIsNotFound() {
		assertThat(this.mvc.get().uri("/groups/5/invitations/new").with(as(2, Role.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(invite(2, "Brenda", null)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(invite(2, "", null)).as("even with bad input").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/groups/6/invitations/new").with(as(1, Role.MEMBER)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/groups/5/invitations/new")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
		assertThat(this.mvc.post().uri("/groups/5/invitations/new").with(as(1, Role.MEMBER)).param("knownAs", "B"))
			.as("without the form's token")
			.hasStatus(HttpStatus.FORBIDDEN);
		verify(this.service, never()).invite(anyLong(), any(), any());
	}

	@Test
	void theCardShowsTheJoinCodeAndWhereToEnterIt() {
		given(this.service.card(eq(5L), eq(42L), any())).willReturn(new InvitationRow(42, "Alan", 5,
				"Riverside Thursday group", false, InvitationStatus.PRINTED_CARD, "JKMN-PQRS", EXPIRES));
		assertThat(this.mvc.get().uri("/groups/5/invitations/42").with(as(1, Role.MEMBER))).hasStatusOk()
			.hasViewName("invitation/sent")
			.bodyText()
			.contains("Invitation for Alan", "Give Alan this join code", "Join Riverside Thursday group", "For Alan",
					"http://localhost:8080/join", "JKMN-PQRS", "Use it by Tuesday 16 March 2027",
					"Ask the person who invited you", "116 123", "href=\"/groups/5\"");
	}

	@Test
	void anEmailedInvitationSaysSoAndAUsedOneHasNoCard() {
		given(this.service.card(eq(5L), eq(42L), any())).willReturn(new InvitationRow(42, "Brenda", 5,
				"Riverside Thursday group", true, InvitationStatus.SENT, "ABCD-EFGH", EXPIRES));
		assertThat(this.mvc.get().uri("/groups/5/invitations/42").with(as(1, Role.MEMBER))).bodyText()
			.contains("We have emailed Brenda a link", "ABCD-EFGH");
		given(this.service.card(eq(5L), eq(43L), any())).willReturn(new InvitationRow(43, "Sue", 5,
				"Riverside Thursday group", true, InvitationStatus.USED, "TUVW-XYZ2", EXPIRES));
		assertThat(this.mvc.get().uri("/groups/5/invitations/43").with(as(1, Role.MEMBER))).bodyText()
			.contains("Sue has set up their account")
			.doesNotContain("TUVW-XYZ2");
	}

	@Test
	void sendingAgainShowsTheNewCardAndAClashIsA409() {
		given(this.service.resend(eq(5L), eq(42L), eq(3L), any())).willReturn(true);
		assertThat(resend(42, 3)).hasRedirectedUrl("/groups/5/invitations/42")
			.flash()
			.containsEntry("flash", "invitation.renewed");
		given(this.service.resend(eq(5L), eq(42L), eq(2L), any())).willThrow(new EditClashException("/groups/5"));
		assertThat(resend(42, 2)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else changed this at the same time", "href=\"/groups/5\"");
		given(this.service.resend(eq(5L), eq(44L), eq(1L), any())).willReturn(false);
		assertThat(resend(44, 1)).hasRedirectedUrl("/groups/5")
			.flash()
			.containsEntry("flash", "invitation.alreadyUsed");
	}

}
