package org.followon.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages anyone can read without signing in. */
@Controller
class PagesController {

	private final String servicePhone;

	private final String serviceEmail;

	PagesController(@Value("${followon.service.phone:}") String servicePhone,
			@Value("${followon.service-inbox:}") String serviceEmail) {
		this.servicePhone = servicePhone;
		this.serviceEmail = serviceEmail;
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
