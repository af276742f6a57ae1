package org.followon.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	static final String VIEW = "account/sign-in";

	/**
	 * The sign-in page; after a failed attempt Spring Security sends people to
	 * {@code /sign-in?error}. The flag has no value, so we ask whether it is there rather
	 * than bind it (the app trims empty values to null).
	 */
	@GetMapping("/sign-in")
	String signIn(HttpServletRequest request, Model model) {
		model.addAttribute("failed", request.getParameterMap().containsKey("error"));
		model.addAttribute("signInLinkForm", SignInLinkForm.empty());
		return VIEW;
	}

}
