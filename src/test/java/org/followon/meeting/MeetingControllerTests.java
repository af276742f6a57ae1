package org.followon.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.followon.account.Role;
import org.followon.group.GroupAccess;
import org.followon.group.VenueType;
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
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@MeetingWebTest
class MeetingControllerTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private static final GroupAccess COORDINATOR = new GroupAccess(7, "Riverside Thursday group", 70L, true, false);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MeetingService service;

	@BeforeEach
	void organiser() {
		given(this.service.today()).willReturn(TODAY);
		given(this.service.organiser(eq(7L), any())).willReturn(COORDINATOR);
		given(this.service.schedule(anyLong(), any(), any(), any(), any())).willReturn(42L);
	}

	private MvcTestResult schedule(String... params) {
		var request = this.mvc.post().uri("/groups/7/meetings/new").with(csrf()).with(as(3, Role.MEMBER));
		String[] defaults = { "day", "10", "month", "3", "year", "2026", "startTime", "11:00", "endTime", "13:00",
				"venueName", "Riverside cafe", "venueType", "CAFE", "repeat", "NONE" };
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

	@Test
	void anonymousPeopleAreSentToSignIn() {
		assertThat(this.mvc.get().uri("/groups/7/meetings")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
	}

	@Test
	void onlyOrganisersSeeTheScheduleForm() {
		assertThat(this.mvc.get().uri("/groups/7/meetings/new").with(as(3, Role.MEMBER))).hasStatusOk()
			.hasViewName("meeting/schedule");
		given(this.service.organiser(eq(8L), any())).willThrow(new AccessDeniedException("no"));
		assertThat(this.mvc.get().uri("/groups/8/meetings/new").with(as(3, Role.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aMonthlySeriesIsScheduledOnItsDates() {
		assertThat(schedule("repeat", "MONTHLY", "monthWeek", "SECOND", "monthDay", "TUESDAY", "ends", "COUNT", "count",
				"3"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/groups/7/meetings/42")
			.flash()
			.containsEntry("flash", "meeting.series.scheduled");
		verify(this.service).schedule(eq(7L),
				eq(new MeetingDetails(LocalDate.of(2026, 3, 10), LocalTime.of(11, 0), LocalTime.of(13, 0),
						"Riverside cafe", VenueType.CAFE, null, null, Set.of())),
				eq(RepeatRule.monthly(WeekOfMonth.SECOND, DayOfWeek.TUESDAY, null, 3)),
				eq(List.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 14), LocalDate.of(2026, 5, 12))), any());
	}

	@Test
	void badInputIsShownWithEveryProblemAndNothingIsScheduled() {
		MvcTestResult result = schedule("endTime", "10:30", "venueType", "ONLINE", "link", "ftp://example.org",
				"repeat", "WEEKS", "everyWeeks", "2", "venueName", "v".repeat(10_000));
		assertThat(result).hasStatusOk()
			.hasViewName("meeting/schedule")
			.model()
			.extractingBindingResult("meetingForm")
			.hasFieldErrors("endTime", "link", "ends", "venueName");
		assertThat(result.getResponse().getContentAsByteArray()).asString(java.nio.charset.StandardCharsets.UTF_8)
			.contains("There is a problem", "The end time must be after the start time", "href=\"#ends-field\"");
		verify(this.service, never()).schedule(anyLong(), any(), any(), any(), any());
	}

	@Test
	void pastDatesTamperedChoicesAndWordsForNumbersAreProblemsNotErrors() {
		assertThat(schedule("day", "1")).hasStatusOk()
			.model()
			.extractingBindingResult("meetingForm")
			.hasFieldErrorCode("day", "DateInPast");
		assertThat(schedule("repeat", "SOMETIMES")).hasStatusOk().hasViewName("meeting/schedule");
		assertThat(schedule("repeat", "WEEKS", "everyWeeks", "ten", "ends", "COUNT", "count", "4")).hasStatusOk()
			.model()
			.extractingBindingResult("meetingForm")
			.hasFieldErrors("everyWeeks");
		verify(this.service, never()).schedule(anyLong(), any(), any(), any(), any());
	}

	@Test
	void aStaleChangeIsAClashAndAnUnknownMeetingIsNotFound() {
		given(this.service.changeable(eq(7L), eq(5L), any()))
			.willReturn(new MeetingViews.Changeable(COORDINATOR, 5, new MeetingDetails(TODAY, LocalTime.NOON,
					LocalTime.of(13, 0), "Cafe", VenueType.CAFE, null, null, Set.of()), false, 3));
		willThrow(new EditClashException("/groups/7/meetings/5")).given(this.service)
			.change(eq(7L), eq(5L), any(), eq(2L), any());
		assertThat(this.mvc.post()
			.uri("/groups/7/meetings/5/change")
			.with(csrf())
			.with(as(3, Role.MEMBER))
			.param("day", "10")
			.param("month", "3")
			.param("year", "2026")
			.param("startTime", "11:00")
			.param("endTime", "12:00")
			.param("venueName", "Cafe")
			.param("venueType", "CAFE")
			.param("version", "2")).hasStatus(HttpStatus.CONFLICT).hasViewName("error/409");
		given(this.service.page(eq(7L), eq(99L), any())).willThrow(new NotFoundException("Meeting", 99));
		assertThat(this.mvc.get().uri("/groups/7/meetings/99").with(as(3, Role.MEMBER)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anAnswerMustBeChosen() {
		given(this.service.page(eq(7L), eq(5L), any())).willReturn(new MeetingViews.Page(
				COORDINATOR, 5, new MeetingDetails(TODAY, LocalTime.NOON, LocalTime.of(13, 0), "Cafe", VenueType.CAFE,
						null, null, Set.of()),
				false, true, false, null, null, List.of(), new MeetingViews.Counts(0, 0, 0, 0), 0));
		assertThat(this.mvc.post().uri("/groups/7/meetings/5/answer").with(csrf()).with(as(3, Role.MEMBER)))
			.hasStatusOk()
			.hasViewName("meeting/show")
			.model()
			.extractingBindingResult("answerForm")
			.hasFieldErrors("answer");
		assertThat(this.mvc.post()
			.uri("/groups/7/meetings/5/answer")
			.with(csrf())
			.with(as(3, Role.MEMBER))
			.param("answer", "MAYBE")
			.param("wholeSeries", "true")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("flash", "meeting.answered.series");
		verify(this.service).answer(eq(7L), eq(5L), eq(Answer.MAYBE), anyBoolean(), any());
	}

}
