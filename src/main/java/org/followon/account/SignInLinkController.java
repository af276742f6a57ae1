package org.followon.account;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages around an emailed sign-in link. Spring Security makes and emails the link,
 * and signs the person in when the token is posted back; these are the pages before and
 * after.
 */
@Controller
class SignInLinkController {

	/**
	 * Reached only when Spring Security made no link: the address is missing, mistyped or
	 * has no account. The last gets the same page as an address that has one.
	 */
	@PostMapping(SignInLinks.REQUEST_PATH)
	String noLink(@Valid @ModelAttribute SignInLinkForm signInLinkForm, BindingResult result, Model model) {
		if (result.hasErrors()) {
			model.addAttribute("failed", false);
			return SignInController.VIEW;
		}
		return "redirect:" + SignInLinks.CHECK_EMAIL_PATH;
	}

	@GetMapping(SignInLinks.CHECK_EMAIL_PATH)
	String checkEmail() {
		return "account/check-email";
	}

	/**
	 * The link from the email. Opening it signs nobody in (mail scanners open links too):
	 * it shows a button that posts the token to Spring Security.
	 */
	@GetMapping(SignInLinks.SUBMIT_PATH)
	String submit(@RequestParam(required = false) String token, Model model) {
		if (token == null) {
			return "redirect:" + SignInLinks.PROBLEM_PATH;
		}
		model.addAttribute("token", token);
		return "account/sign-in-link";
	}

	@GetMapping(SignInLinks.PROBLEM_PATH)
	String problem() {
		return "account/sign-in-link-problem";
	}

}
