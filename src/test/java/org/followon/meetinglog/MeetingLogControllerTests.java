package org.followon.meetinglog;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.followon.account.Role;
import org.followon.group.GroupAccess;
import org.followon.group.VenueType;
import org.followon.meeting.MeetingDetails;
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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@MeetingLogWebTest
class MeetingLogControllerTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

	private static final GroupAccess COORDINATOR = new GroupAccess(7, "Riverside Thursday group", 70L, true, false);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MeetingLogService service;

	@BeforeEach
	void aMeetingLastWeek() {
		given(this.service.today()).willReturn(TODAY);
		given(this.service.page(eq(7L), eq(5L), any())).willReturn(page(TODAY.minusDays(7)));
		given(this.service.form(any())).willReturn(LogForm.blank());
	}

	private static LogViews.LogPage page(LocalDate on) {
		return new LogViews.LogPage(COORDINATOR, 5,
				new MeetingDetails(on, LocalTime.of(11, 0), LocalTime.NOON, "Riverside cafe", VenueType.CAFE, null,
						null, Set.of()),
				!on.isAfter(TODAY), false, List.of(new LogViews.Attendee(70, "Linda", true),
						new LogViews.Attendee(71, "Peter", true), new LogViews.Attendee(72, "Sam", false)),
				List.of());
	}

	private MvcTestResult log(String... params) {
		var request = this.mvc.post().uri("/groups/7/meetings/5/log").with(csrf()).with(as(3, Role.MEMBER));
		// Given values replace the defaults; a name given twice (ticked boxes) sends both
		// values.
		Map<String, List<String>> all = new LinkedHashMap<>();
		for (int i = 0; i < params.length; i += 2) {
			all.computeIfAbsent(params[i], (k) -> new java.util.ArrayList<>()).add(params[i + 1]);
		}
		all.putIfAbsent("outcome", List.of("HELD"));
		all.putIfAbsent("mode", List.of("FACE_TO_FACE"));
		all.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return request.exchange();
	}

	@Test
	void organisersSeeTheFormAndOthersAreTurnedAway() {
		assertThat(this.mvc.get().uri("/groups/7/meetings/5/log").with(as(3, Role.MEMBER))).hasStatusOk()
			.hasViewName("meetinglog/log")
			.bodyText()
			.contains("Who came?", "Linda", "Do not write anything about anyone&#39;s health",
					"How to contact the pain service");
		given(this.service.page(eq(8L), anyLong(), any())).willThrow(new AccessDeniedException("no"));
		assertThat(this.mvc.get().uri("/groups/8/meetings/5/log").with(as(3, Role.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		given(this.service.page(eq(7L), eq(99L), any())).willThrow(new NotFoundException("Meeting", 99));
		assertThat(this.mvc.get().uri("/groups/7/meetings/99/log").with(as(3, Role.MEMBER)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/groups/7/meetings/5/log")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
	}

	@Test
	void aHeldMeetingIsLoggedWithWhoCameAndWhereFromAPmp() {
		assertThat(log("attendees", "70", "attendees", "72", "others", "2", "ptvPresent", "true", "topics", "PACING",
				"topics", "SOCIAL", "note", "A good turnout"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/groups/7/meetings/5")
			.flash()
			.containsEntry("flash", "meetingLog.saved");
		verify(this.service).log(eq(7L), eq(5L),
				eq(new LogEntry(true, true, true, Set.of(new Attendance(70L, true), new Attendance(72L, false)), 2,
						Set.of(Topic.PACING, Topic.SOCIAL), "A good turnout")),
				eq(null), any());
	}

	@Test
	void aMeetingThatDidNotGoAheadKeepsNoAttendance() {
		assertThat(log("outcome", "NOT_HELD", "attendees", "70", "mode", "ONLINE")).hasStatus(HttpStatus.FOUND);
		verify(this.service).log(eq(7L), eq(5L), eq(LogEntry.notHeld(null)), eq(null), any());
	}

	@Test
	void badInputShowsEveryProblemAndNothingIsLogged() {
		MvcTestResult result = log("attendees", "70", "attendees", "999", "others", "-1", "mode", "", "note",
				"n".repeat(501));
		assertThat(result).hasStatusOk()
			.hasViewName("meetinglog/log")
			.model()
			.extractingBindingResult("logForm")
			.hasFieldErrors("attendees", "others", "mode", "note");
		assertThat(result.getResponse().getContentAsByteArray()).asString(StandardCharsets.UTF_8)
			.contains("There is a problem", "Tick only the group&#39;s members shown", "href=\"#attendees-field\"",
					"The note must be 500 characters or fewer");
		assertThat(log("others", "0")).model()
			.extractingBindingResult("logForm")
			.hasFieldErrorCode("attendees", "NoOne");
		assertThat(log()).model().extractingBindingResult("logForm").hasFieldErrorCode("attendees", "NoOne");
		assertThat(log("outcome", "")).model().extractingBindingResult("logForm").hasFieldErrors("outcome");
		verify(this.service, never()).log(anyLong(), anyLong(), any(), any(), any());
	}

	@Test
	void tamperedValuesAndHugeNumbersAreProblemsNotErrors() {
		assertThat(log("attendees", "70", "others", "99999999999")).hasStatusOk()
			.hasViewName("meetinglog/log")
			.model()
			.extractingBindingResult("logForm")
			.hasFieldErrors("others");
		assertThat(log("attendees", "70", "others", "100")).model()
			.extractingBindingResult("logForm")
			.hasFieldErrorCode("others", "Max");
		assertThat(log("attendees", "seventy")).hasStatusOk().hasViewName("meetinglog/log");
		assertThat(log("attendees", "70", "outcome", "MAYBE")).hasStatusOk().hasViewName("meetinglog/log");
		assertThat(log("attendees", "70", "topics", "GOSSIP")).hasStatusOk().hasViewName("meetinglog/log");
		verify(this.service, never()).log(anyLong(), anyLong(), any(), any(), any());
	}

	@Test
	void aMeetingThatHasNotHappenedCannotBeLogged() {
		given(this.service.page(eq(7L), eq(5L), any())).willReturn(page(TODAY.plusDays(1)));
		assertThat(this.mvc.get().uri("/groups/7/meetings/5/log").with(as(3, Role.MEMBER))).hasStatusOk()
			.bodyText()
			.contains("This meeting has not happened yet")
			.doesNotContain("Save the log");
		MvcTestResult result = log("attendees", "70");
		assertThat(result).hasStatusOk().model().extractingBindingResult("logForm").hasErrorsCount(1);
		assertThat(result).bodyText().contains("There is a problem", "This meeting has not happened yet");
		verify(this.service, never()).log(anyLong(), anyLong(), any(), any(), any());
	}

	@Test
	void aStaleCorrectionIsAClash() {
		willThrow(new EditClashException("/groups/7/meetings/5/log")).given(this.service)
			.log(eq(7L), eq(5L), any(), eq(2L), any());
		assertThat(log("attendees", "70", "version", "2")).hasStatus(HttpStatus.CONFLICT).hasViewName("error/409");
	}

	@Test
	void attendanceIsForOrganisersAndEachMemberSeesTheirOwn() {
		given(this.service.attendance(eq(7L), any())).willReturn(new LogViews.GroupAttendance(COORDINATOR,
				List.of(new LogViews.Logged(5, TODAY.minusDays(7), true, 4, true)),
				List.of(new LogViews.MemberCount("Peter", 1)), 1));
		assertThat(this.mvc.get().uri("/groups/7/attendance").with(as(3, Role.MEMBER))).hasStatusOk()
			.hasViewName("meetinglog/attendance")
			.bodyText()
			.contains("Peter", "1 of 1", "Face to face");
		given(this.service.mine(eq(7L), any())).willReturn(new LogViews.MyAttendance(COORDINATOR,
				List.of(new LogViews.Logged(5, TODAY.minusDays(7), true, 4, false)), 1, 1));
		assertThat(this.mvc.get().uri("/groups/7/attendance/mine").with(as(3, Role.MEMBER))).hasStatusOk()
			.hasViewName("meetinglog/my-attendance")
			.bodyText()
			.contains("Thursday 5 March 2026", "Online", "You came to 1 of the group&#39;s last 1 meetings");
		given(this.service.attendance(eq(8L), any())).willThrow(new AccessDeniedException("no"));
		assertThat(this.mvc.get().uri("/groups/8/attendance").with(as(3, Role.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
	}

}
