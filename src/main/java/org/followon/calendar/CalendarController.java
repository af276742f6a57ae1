package org.followon.calendar;

import java.nio.charset.StandardCharsets;

import org.followon.account.SignedInUser;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Calendar files: one meeting to add to a calendar, and a person's feed, which calendar
 * apps fetch without signing in (the secret in the URL is the key). Neither is kept in a
 * cache.
 */
@Controller
class CalendarController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	CalendarController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/groups/{id}/meetings/{meetingId}/calendar.ics")
	ResponseEntity<String> meeting(@PathVariable long id, @PathVariable long meetingId,
			@AuthenticationPrincipal SignedInUser user) {
		return calendar(this.feeds.meeting(id, meetingId, user),
				ContentDisposition.attachment().filename("meeting-" + meetingId + ".ics").build());
	}

	@GetMapping(CalendarFeeds.PATH + "/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return calendar(this.feeds.feed(token), ContentDisposition.inline().filename("follow-on.ics").build());
	}

	private static ResponseEntity<String> calendar(String body, ContentDisposition disposition) {
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(body);
	}

}
