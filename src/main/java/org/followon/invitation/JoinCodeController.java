package org.followon.invitation;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * For people invited without an email address: they type the join code from their card
 * and go on to the same set-up form as the emailed link, at /join/{code}.
 */
@Controller
class JoinCodeController {

	private final AccountSetupService service;

	JoinCodeController(AccountSetupService service) {
		this.service = service;
	}

	@InitBinder("joinCodeForm")
	void joinCodeFormValidator(WebDataBinder binder) {
		binder.addValidators(new JoinCodeFormValidator(this.service));
	}

	@GetMapping("/join")
	String form(Model model) {
		model.addAttribute("joinCodeForm", new JoinCodeForm(null));
		return "invitation/join";
	}

	@PostMapping("/join")
	String find(@Valid @ModelAttribute JoinCodeForm joinCodeForm, BindingResult result) {
		if (result.hasErrors()) {
			return "invitation/join";
		}
		// An expired or used code shows its own page there, with what to do next.
		return "redirect:/join/" + JoinCode.display(JoinCode.normalise(joinCodeForm.code()).orElseThrow());
	}

}
