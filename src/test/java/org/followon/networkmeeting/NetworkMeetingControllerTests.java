package org.followon.networkmeeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.followon.account.Role;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

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

@NetworkMeetingWebTest
class NetworkMeetingControllerTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private static final NetworkMeetingDetails DETAILS = new NetworkMeetingDetails("Spring network meeting",
			LocalDate.of(2026, 5, 12), LocalTime.of(10, 0), LocalTime.of(12, 0), "Community hall", null, null,
			"Hear how groups are doing");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private NetworkMeetingService service;

	@Autowired
	private NetworkMeetingSharing sharing;

	@Autowired
	private NetworkMeetingRsvps rsvps;

	@BeforeEach
	void today() {
		given(this.service.today()).willReturn(TODAY);
		given(this.service.schedule(any(), any())).willReturn(42L);
		given(this.service.meeting(eq(42L), any())).willReturn(new NetworkMeeting(DETAILS, 1, Instant.EPOCH));
		given(this.service.meeting(eq(99L), any())).willThrow(new NotFoundException("Network meeting", 99));
	}

	private MvcTestResult post(String uri, String... params) {
		var request = this.mvc.post().uri(uri).with(csrf()).with(as(5, Role.STAFF));
		Map<String, String> all = new java.util.LinkedHashMap<>(Map.of("title", "Spring network meeting", "day", "12",
				"month", "5", "year", "2026", "startTime", "10:00", "endTime", "12:00", "venueName", "Community hall",
				"purpose", "Hear how groups are doing", "version", "3"));
		for (int i = 0; i < params.length; i += 2) {
			all.put(params[i], params[i + 1]);
		}
		all.forEach((k, v) -> {
			if (v != null) {
				request.param(k, v);
			}
		});
		return request.exchange();
	}

	@Test
	void onlyStaffSeeNetworkMeetings() {
		assertThat(this.mvc.get().uri("/network/meetings")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
		assertThat(this.mvc.get().uri("/network/meetings/new").with(as(3, Role.CLINICIAN)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/network/meetings/new").with(as(5, Role.STAFF))).hasStatusOk()
			.hasViewName("networkmeeting/form");
	}

	@Test
	void aMeetingIsScheduled() {
		assertThat(post("/network/meetings/new", "version", null)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/network/meetings/42")
			.flash()
			.containsEntry("flash", "networkMeeting.scheduled");
		verify(this.service).schedule(eq(DETAILS), any());
	}

	@Test
	void badInputIsShownWithEveryProblemAndNothingIsScheduled() {
		MvcTestResult result = post("/network/meetings/new", "title", null, "day", "31", "month", "2", "endTime",
				"9:00", "link", "javascript:alert(1)", "purpose", "p".repeat(600));
		assertThat(result).hasStatusOk()
			.hasViewName("networkmeeting/form")
			.model()
			.extractingBindingResult("networkMeetingForm")
			.hasFieldErrors("title", "day", "link", "purpose");
		assertThat(result.getResponse().getContentAsByteArray()).asString(java.nio.charset.StandardCharsets.UTF_8)
			.contains("There is a problem", "Enter a title", "Enter a link starting with http:// or https://",
					"href=\"#day-field\"");
		assertThat(post("/network/meetings/new", "venueName", null)).hasStatusOk()
			.model()
			.extractingBindingResult("networkMeetingForm")
			.hasFieldErrorCode("venueName", "PlaceMissing");
		assertThat(post("/network/meetings/new", "day", "1", "month", "3", "startTime", "ten")).hasStatusOk()
			.model()
			.extractingBindingResult("networkMeetingForm")
			.hasFieldErrorCode("day", "DateInPast")
			.hasFieldErrorCode("startTime", "Pattern");
		verify(this.service, never()).schedule(any(), any());
	}

	@Test
	void aStaleChangeIsAClashAndAnUnknownMeetingIsNotFound() {
		willThrow(new EditClashException("/network/meetings/42/edit")).given(this.service)
			.change(eq(42L), any(), eq(3L), any());
		assertThat(post("/network/meetings/42/edit")).hasStatus(HttpStatus.CONFLICT);
		willThrow(new EditClashException("/network/meetings/42")).given(this.service).invite(eq(42L), eq(3L), any());
		assertThat(this.mvc.post()
			.uri("/network/meetings/42/invitations")
			.with(csrf())
			.with(as(5, Role.STAFF))
			.param("version", "3")).hasStatus(HttpStatus.CONFLICT);
		assertThat(post("/network/meetings/99/edit")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void notesAndWhatGroupsSharedAreChecked() {
		assertThat(post("/network/meetings/42/notes", "notes", "n".repeat(5001))).hasStatusOk()
			.hasViewName("networkmeeting/notes")
			.model()
			.extractingBindingResult("networkMeetingNotesForm")
			.hasFieldErrors("notes");
		given(this.sharing.groupChoices()).willReturn(List.of(new NetworkMeetingViews.GroupChoice(7, "Riverside")));
		assertThat(post("/network/meetings/42/shared", "what", null)).hasStatusOk()
			.hasViewName("networkmeeting/shared")
			.model()
			.extractingBindingResult("networkMeetingSharedForm")
			.hasFieldErrors("groupId", "what");
		assertThat(post("/network/meetings/42/shared", "groupId", "seven", "what", "Pacing")).hasStatusOk()
			.model()
			.extractingBindingResult("networkMeetingSharedForm")
			.hasFieldErrorCode("groupId", "typeMismatch");
		verify(this.sharing, never()).save(anyLong(), any());
		assertThat(post("/network/meetings/42/notes", "notes", "We talked about pacing")).hasStatus(HttpStatus.FOUND);
		verify(this.service).recordNotes(eq(42L), eq("We talked about pacing"), eq(3L), any());
	}

	@Test
	void theAnswerPageIsPublicButAnUnknownLinkIsNotFound() {
		given(this.rsvps.page("good")).willReturn(new NetworkMeetingViews.Rsvp("Kate", DETAILS, false, true, null));
		given(this.rsvps.page("bad")).willThrow(new NotFoundException("Network meeting invitation", "token"));
		assertThat(this.mvc.get().uri("/network/rsvp/good")).hasStatusOk()
			.hasViewName("networkmeeting/rsvp")
			.bodyText()
			.contains("Spring network meeting", "Stop inviting me");
		assertThat(this.mvc.get().uri("/network/rsvp/bad")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/network/rsvp/good").with(csrf()).param("answer", "PERHAPS")).hasStatusOk()
			.model()
			.extractingBindingResult("networkMeetingRsvpForm")
			.hasFieldErrors("answer");
		verify(this.rsvps, never()).answer(any(), any());
	}

}
