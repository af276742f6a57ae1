package org.followon.invitation;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
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
		Optional<String> code = JoinCode.normalise(joinCodeForm.code());
		if (code.isEmpty()) {
			result.rejectValue("code", "Format");
			return "invitation/join";
		}
		if (!this.service.joinCodeExists(code.get())) {
			result.rejectValue("code", "Unknown");
			return "invitation/join";
		}
		// An expired or used code shows its own page there, with what to do next.
		return "redirect:/join/" + JoinCode.display(code.get());
	}

}
