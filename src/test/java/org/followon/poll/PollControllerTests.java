package org.followon.poll;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.followon.account.Role;
import org.followon.group.GroupAccess;
import org.followon.group.VenueType;
import org.followon.meeting.Meetings;
import org.followon.system.EditClashException;
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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PollWebTest
class PollControllerTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private static final GroupAccess COORDINATOR = new GroupAccess(7, "Riverside Thursday group", 70L, true, false);

	private static final GroupAccess MEMBER = new GroupAccess(7, "Riverside Thursday group", 71L, false, false);

	private static final List<PollViews.Option> OPTIONS = List.of(
			new PollViews.Option(11,
					new NewOption(LocalDate.of(2026, 3, 10), LocalTime.of(11, 0), LocalTime.of(13, 0), "Riverside cafe",
							VenueType.CAFE)),
			new PollViews.Option(12,
					new NewOption(LocalDate.of(2026, 3, 12), LocalTime.of(14, 0), LocalTime.of(15, 30), null, null)));

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PollService service;

	@BeforeEach
	void organiser() {
		given(this.service.today()).willReturn(TODAY);
		given(this.service.organiser(eq(7L), any())).willReturn(COORDINATOR);
		given(this.service.member(eq(7L), any())).willReturn(MEMBER);
		given(this.service.propose(anyLong(), any(), any(), any(), any())).willReturn(5L);
		given(this.service.page(eq(7L), eq(5L), any())).willReturn(page(MEMBER, null));
		given(this.service.answer(eq(7L), eq(5L), any(), any(), any())).willReturn(true);
	}

	private static PollViews.Page page(GroupAccess group, Tally tally) {
		return new PollViews.Page(group, 5, "Our meeting in March", PollStatus.OPEN, null, true, OPTIONS, Map.of(),
				tally, null, null, 3);
	}

	private MvcTestResult post(String uri, String... params) {
		var request = this.mvc.post().uri(uri).with(csrf()).with(as(3, Role.MEMBER));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static final String[] TWO_OPTIONS = { "title", "Our meeting in March", "options[0].day", "10",
			"options[0].month", "3", "options[0].year", "2026", "options[0].startTime", "11:00", "options[0].endTime",
			"13:00", "options[0].venueName", "Riverside cafe", "options[0].venueType", "CAFE", "options[1].day", "12",
			"options[1].month", "3", "options[1].year", "2026", "options[1].startTime", "14.00", "options[1].endTime",
			"15:30", "options[2].day", "", "options[2].startTime", "" };

	private static String[] with(String[] base, String... more) {
		Map<String, String> all = new LinkedHashMap<>();
		for (int i = 0; i < base.length; i += 2) {
			all.put(base[i], base[i + 1]);
		}
		for (int i = 0; i < more.length; i += 2) {
			all.put(more[i], more[i + 1]);
		}
		return all.entrySet()
			.stream()
			.flatMap((e) -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
			.toArray(String[]::new);
	}

	@Test
	void anonymousPeopleAreSentToSignInAndOthersAreRefused() {
		assertThat(this.mvc.get().uri("/groups/7/polls")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
		given(this.service.organiser(eq(8L), any())).willThrow(new AccessDeniedException("no"));
		assertThat(this.mvc.get().uri("/groups/8/polls/new").with(as(3, Role.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post("/groups/8/polls/new", TWO_OPTIONS)).hasStatus(HttpStatus.FORBIDDEN);
		verify(this.service, never()).propose(anyLong(), any(), any(), any(), any());
	}

	@Test
	void theNewPollFormStartsWithThreeRowsAndGrowsWithoutScript() {
		assertThat(this.mvc.get().uri("/groups/7/polls/new").with(as(3, Role.MEMBER))).hasStatusOk()
			.hasViewName("poll/new")
			.model()
			.containsEntry("rows", 3);
		MvcTestResult more = post("/groups/7/polls/new", with(TWO_OPTIONS, "add", "1"));
		assertThat(more).hasStatusOk().model().containsEntry("rows", 4);
		assertThat(body(more)).contains("id=\"options[3].day-field\"", "value=\"Riverside cafe\"")
			.doesNotContain("There is a problem");
		verify(this.service, never()).propose(anyLong(), any(), any(), any(), any());
	}

	@Test
	void aPollIsProposedWithTheRowsFilledIn() {
		assertThat(post("/groups/7/polls/new",
				with(TWO_OPTIONS, "closesDay", "9", "closesMonth", "3", "closesYear", "2026")))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/groups/7/polls/5")
			.flash()
			.containsEntry("flash", "poll.proposed");
		verify(this.service).propose(eq(7L), eq("Our meeting in March"), eq(LocalDate.of(2026, 3, 9)),
				eq(List.of(OPTIONS.get(0).details(), OPTIONS.get(1).details())), any());
	}

	@Test
	void oneOptionAnEndBeforeItsStartAPastDateOrTooManyAreProblems() {
		MvcTestResult one = post("/groups/7/polls/new", "title", "Poll", "options[0].day", "10", "options[0].month",
				"3", "options[0].year", "2026", "options[0].startTime", "11:00", "options[0].endTime", "13:00");
		assertThat(one).hasStatusOk().model().extractingBindingResult("pollForm").hasFieldErrors("options");
		assertThat(body(one)).contains("There is a problem", "Suggest at least 2 dates and times",
				"href=\"#options-field\"");

		MvcTestResult wrong = post("/groups/7/polls/new",
				with(TWO_OPTIONS, "options[1].endTime", "13:00", "options[0].day", "1", "options[0].startTime", "25:00",
						"closesDay", "31", "closesMonth", "2", "closesYear", "2026"));
		assertThat(wrong).hasStatusOk()
			.model()
			.extractingBindingResult("pollForm")
			.hasFieldErrors("options[0].day", "options[0].startTime", "options[1].endTime", "closesDay");
		assertThat(body(wrong)).contains("The date of option 1 must be today or in the future",
				"The end time of option 2 must be after its start time", "href=\"#options[1].endTime-field\"",
				"The closing date must be a real date");

		String[] eleven = TWO_OPTIONS;
		for (int i = 2; i < 11; i++) {
			eleven = with(eleven, "options[" + i + "].day", "20", "options[" + i + "].month", "3",
					"options[" + i + "].year", "2026", "options[" + i + "].startTime", "10:00",
					"options[" + i + "].endTime", "11:00");
		}
		assertThat(post("/groups/7/polls/new", eleven)).hasStatusOk()
			.model()
			.extractingBindingResult("pollForm")
			.hasFieldErrors("options");
		verify(this.service, never()).propose(anyLong(), any(), any(), any(), any());
	}

	@Test
	void aTamperedPlaceTypeIsAProblemNotAnError() {
		MvcTestResult result = post("/groups/7/polls/new", with(TWO_OPTIONS, "options[0].venueType", "CASTLE"));
		assertThat(result).hasStatusOk().hasViewName("poll/new");
		assertThat(body(result)).contains("There is a problem", "Select the type of place from the choices given");
		verify(this.service, never()).propose(anyLong(), any(), any(), any(), any());
	}

	@Test
	void aMemberAnswersEveryOptionWithPlainRadios() {
		MvcTestResult page = this.mvc.get().uri("/groups/7/polls/5").with(as(3, Role.MEMBER)).exchange();
		assertThat(page).hasStatusOk().hasViewName("poll/show");
		assertThat(body(page))
			.contains("type=\"radio\" name=\"answers[11]\" value=\"YES\" id=\"answers[11]-field\"", "<legend",
					"If need be")
			.doesNotContain("id=\"tally\"");

		assertThat(post("/groups/7/polls/5/answer", "answers[11]", "YES", "answers[12]", "IF_NEED_BE", "version", "3"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/groups/7/polls/5")
			.flash()
			.containsEntry("flash", "poll.answered");
		verify(this.service).answer(eq(7L), eq(5L), eq(Map.of(11L, Availability.YES, 12L, Availability.IF_NEED_BE)),
				eq(3L), any());
	}

	@Test
	void missingOrTamperedAnswersAreProblemsAndNothingIsSaved() {
		MvcTestResult missing = post("/groups/7/polls/5/answer", "answers[11]", "YES", "version", "3");
		assertThat(missing).hasStatusOk().model().extractingBindingResult("answersForm").hasFieldErrors("answers[12]");
		assertThat(body(missing)).contains("Select yes, if need be or no for option 2", "href=\"#answers[12]-field\"",
				"value=\"YES\" id=\"answers[11]-field\" checked");

		MvcTestResult tampered = post("/groups/7/polls/5/answer", "answers[11]", "PERHAPS", "answers[12]", "NO",
				"version", "3");
		assertThat(tampered).hasStatusOk().hasViewName("poll/show");
		assertThat(body(tampered)).contains("There is a problem");
		verify(this.service, never()).answer(anyLong(), anyLong(), any(), any(), any());
	}

	@Test
	void organisersSeeTheTallyBestFirstAndConfirmOne() {
		Tally tally = Tally.of(OPTIONS, List.of(new Tally.Voter(70, "Linda"), new Tally.Voter(71, "Peter")),
				Map.of(70L, Map.of(11L, Availability.IF_NEED_BE, 12L, Availability.YES), 71L,
						Map.of(11L, Availability.NO, 12L, Availability.YES)));
		given(this.service.page(eq(7L), eq(5L), any())).willReturn(page(COORDINATOR, tally));
		MvcTestResult page = this.mvc.get().uri("/groups/7/polls/5").with(as(3, Role.MEMBER)).exchange();
		String html = body(page);
		assertThat(html).contains("id=\"tally\"", "Best so far", "Peter: No", "/groups/7/polls/5/confirm?option=12");
		assertThat(html.indexOf("confirm?option=12")).isLessThan(html.indexOf("confirm?option=11"));

		MvcTestResult form = this.mvc.get()
			.uri("/groups/7/polls/5/confirm?option=11")
			.with(as(3, Role.MEMBER))
			.exchange();
		assertThat(form).hasStatusOk().hasViewName("poll/confirm");
		assertThat(body(form)).contains("value=\"Riverside cafe\"");
		assertThat(this.mvc.get().uri("/groups/7/polls/5/confirm?option=99").with(as(3, Role.MEMBER)))
			.hasStatus(HttpStatus.NOT_FOUND);

		given(this.service.confirm(anyLong(), anyLong(), anyLong(), any(), any(), any())).willReturn(42L);
		assertThat(post("/groups/7/polls/5/confirm", "optionId", "12", "venueName", "Library", "venueType",
				"COMMUNITY_SPACE", "version", "3"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/groups/7/meetings/42")
			.flash()
			.containsEntry("flash", "poll.confirmed");
		verify(this.service).confirm(eq(7L), eq(5L), eq(12L), eq(new Meetings.NewMeeting(LocalDate.of(2026, 3, 12),
				LocalTime.of(14, 0), LocalTime.of(15, 30), "Library", VenueType.COMMUNITY_SPACE, null, null)), eq(3L),
				any());
	}

	@Test
	void confirmingOnlineWithoutALinkIsAProblemAndAStaleVersionIsAClash() {
		given(this.service.page(eq(7L), eq(5L), any())).willReturn(page(COORDINATOR, null));
		MvcTestResult online = post("/groups/7/polls/5/confirm", "optionId", "12", "venueName", "Zoom", "venueType",
				"ONLINE", "version", "3");
		assertThat(online).hasStatusOk().model().extractingBindingResult("confirmForm").hasFieldErrors("link");
		verify(this.service, never()).confirm(anyLong(), anyLong(), anyLong(), any(), any(), any());

		org.mockito.BDDMockito.willThrow(new EditClashException("/groups/7/polls/5"))
			.given(this.service)
			.close(eq(7L), eq(5L), eq(1L), any());
		assertThat(post("/groups/7/polls/5/close", "version", "1")).hasStatus(HttpStatus.CONFLICT);
		assertThat(post("/groups/7/polls/5/close", "version", "3")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("flash", "poll.closed");
	}

}
