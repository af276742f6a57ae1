package org.followon.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages anyone can read without signing in. */
@Controller
class PagesController {

	@GetMapping("/")
	String home() {
		return "system/home";
	}

	@GetMapping("/help")
	String help() {
		return "system/help";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "system/privacy";
	}

}
