package org.followon.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages anyone can read without signing in. */
@Controller
class PagesController {

	private final String servicePhone;

	private final String serviceEmail;

	PagesController(FollowOnSettings settings) {
		this.servicePhone = settings.service().phone();
		this.serviceEmail = settings.serviceInbox();
	}

	@GetMapping("/")
	String home() {
		return "system/home";
	}

	@GetMapping("/help")
	String help(Model model) {
		// How to reach the pain service, e.g. when worried about someone (until concerns
		// come).
		model.addAttribute("servicePhone", this.servicePhone);
		model.addAttribute("serviceEmail", this.serviceEmail);
		return "system/help";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "system/privacy";
	}

}
