package org.followon.calendar;

import org.followon.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's page for their calendar feed: how to add it to a phone or calendar app, and
 * making or replacing its link. The link is shown once, straight after it is made,
 * because only its hash is kept.
 */
@Controller
class CalendarFeedController {

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping(CalendarFeeds.PATH)
	String page(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("feed", this.feeds.mine(user));
		return "calendar/feed";
	}

	@PostMapping(CalendarFeeds.PATH)
	String renew(@RequestParam(required = false) Long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		String url = this.feeds.renew(user, version);
		redirect.addFlashAttribute("feedUrl", url);
		redirect.addFlashAttribute("webcalUrl", url.replaceFirst("^https?://", "webcal://"));
		redirect.addFlashAttribute("flash", version == null ? "calendar.feed.made" : "calendar.feed.reset");
		return "redirect:" + CalendarFeeds.PATH;
	}

}
