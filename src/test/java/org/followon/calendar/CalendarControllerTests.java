package org.followon.calendar;

import java.time.LocalDate;

import org.followon.account.Role;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@CalendarWebTest
class CalendarControllerTests {

	private static final String ICS = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CalendarFeeds feeds;

	@Test
	void calendarAppsFetchAFeedWithoutSigningInAndNothingKeepsACopy() {
		given(this.feeds.feed("s3cret")).willReturn(ICS);
		MvcTestResult result = this.mvc.get().uri("/calendar/s3cret.ics").exchange();
		assertThat(result).hasStatusOk().hasContentType("text/calendar;charset=UTF-8").hasBodyTextEqualTo(ICS);
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store", "private");
	}

	@Test
	void aWrongOrReplacedTokenIsNotFound() {
		given(this.feeds.feed("old")).willThrow(new NotFoundException("Calendar feed", 0L));
		assertThat(this.mvc.get().uri("/calendar/old.ics")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aMeetingDownloadsAsACalendarFileForThoseWhoSeeIt() {
		given(this.feeds.meeting(eq(7L), eq(9L), any())).willReturn(ICS);
		MvcTestResult result = this.mvc.get()
			.uri("/groups/7/meetings/9/calendar.ics")
			.with(as(3, Role.MEMBER))
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("text/calendar;charset=UTF-8").hasBodyTextEqualTo(ICS);
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"meeting-9.ics\"");

		given(this.feeds.meeting(eq(8L), eq(9L), any())).willThrow(new AccessDeniedException("no"));
		assertThat(this.mvc.get().uri("/groups/8/meetings/9/calendar.ics").with(as(3, Role.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/groups/7/meetings/9/calendar.ics")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
	}

	@Test
	void theFeedPageIsForPeopleSignedIn() {
		assertThat(this.mvc.get().uri("/calendar")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/sign-in");
		assertThat(this.mvc.post().uri("/calendar").with(csrf())).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
		verify(this.feeds, never()).renew(any(), any());
	}

	@Test
	void someoneWithoutALinkIsOfferedOne() {
		given(this.feeds.mine(any())).willReturn(new CalendarFeeds.Mine(null, null));
		assertThat(this.mvc.get().uri("/calendar").with(as(3, Role.MEMBER))).hasStatusOk()
			.hasViewName("calendar/feed")
			.bodyText()
			.contains("Make my calendar link", "iPhone", "Android", "Outlook")
			.doesNotContain("name=\"version\"");
	}

	@Test
	void aNewLinkIsShownOnceStraightAfterItIsMade() {
		given(this.feeds.renew(any(), isNull())).willReturn("http://localhost:8080/calendar/n3w.ics");
		MvcTestResult made = this.mvc.post().uri("/calendar").with(csrf()).with(as(3, Role.MEMBER)).exchange();
		assertThat(made).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/calendar")
			.flash()
			.containsEntry("flash", "calendar.feed.made")
			.containsEntry("feedUrl", "http://localhost:8080/calendar/n3w.ics")
			.containsEntry("webcalUrl", "webcal://localhost:8080/calendar/n3w.ics");

		given(this.feeds.mine(any())).willReturn(new CalendarFeeds.Mine(LocalDate.of(2026, 3, 2), 0L));
		assertThat(this.mvc.get()
			.uri("/calendar")
			.flashAttr("feedUrl", "http://localhost:8080/calendar/n3w.ics")
			.flashAttr("webcalUrl", "webcal://localhost:8080/calendar/n3w.ics")
			.with(as(3, Role.MEMBER))).bodyText()
			.contains("value=\"http://localhost:8080/calendar/n3w.ics\"",
					"href=\"webcal://localhost:8080/calendar/n3w.ics\"", "Make a new link",
					"name=\"version\" value=\"0\"");
		assertThat(this.mvc.get().uri("/calendar").with(as(3, Role.MEMBER))).bodyText()
			.contains("You made your calendar link on Monday 2 March 2026")
			.doesNotContain("n3w");
	}

	@Test
	void resettingNeedsTheVersionThePageShowed() {
		given(this.feeds.renew(any(), eq(4L))).willReturn("http://localhost:8080/calendar/n3w.ics");
		assertThat(this.mvc.post().uri("/calendar").with(csrf()).with(as(3, Role.MEMBER)).param("version", "4")).flash()
			.containsEntry("flash", "calendar.feed.reset");
		given(this.feeds.renew(any(), eq(3L))).willThrow(new EditClashException("/calendar"));
		assertThat(this.mvc.post().uri("/calendar").with(csrf()).with(as(3, Role.MEMBER)).param("version", "3"))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(this.mvc.post().uri("/calendar").with(csrf()).with(as(3, Role.MEMBER)).param("version", "four"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

}
