package org.followon.programme;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;
import org.followon.system.DateInput;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moving, cancelling and reinstating a PMP's sessions. */
@Controller
class SessionController {

	private final PmpService service;

	SessionController(PmpService service) {
		this.service = service;
	}

	@InitBinder("moveSessionForm")
	void moveSessionFormValidator(WebDataBinder binder) {
		binder.addValidators(new MoveSessionFormValidator());
	}

	@GetMapping("/pmps/{id}/sessions/{number}/move")
	String moveForm(@PathVariable long id, @PathVariable int number, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		PmpViews.SessionRow session = this.service.session(id, number, user);
		model.addAttribute("moveSessionForm", new MoveSessionForm(null, null, null, session.version()));
		return moveView(id, session, model);
	}

	@PostMapping("/pmps/{id}/sessions/{number}/move")
	String move(@PathVariable long id, @PathVariable int number, @Valid @ModelAttribute MoveSessionForm moveSessionForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		PmpViews.SessionRow session = this.service.session(id, number, user);
		if (result.hasErrors()) {
			return moveView(id, session, model);
		}
		LocalDate date = DateInput.parse(moveSessionForm.day(), moveSessionForm.month(), moveSessionForm.year());
		try {
			this.service.moveSession(id, number, date, moveSessionForm.version(), user);
		}
		catch (SessionOrderException ex) {
			ex.rejectOn(result);
			return moveView(id, session, model);
		}
		redirect.addFlashAttribute("flash", "session.moved");
		return "redirect:/pmps/" + id;
	}

	@GetMapping("/pmps/{id}/sessions/{number}/cancel")
	String cancelForm(@PathVariable long id, @PathVariable int number, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		model.addAttribute("pmpId", id);
		model.addAttribute("pmpSession", this.service.session(id, number, user));
		return "programme/cancel-session";
	}

	@PostMapping("/pmps/{id}/sessions/{number}/cancel")
	String cancel(@PathVariable long id, @PathVariable int number, @RequestParam long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.service.cancelSession(id, number, version, user);
		redirect.addFlashAttribute("flash", "session.cancelled");
		return "redirect:/pmps/" + id;
	}

	@PostMapping("/pmps/{id}/sessions/{number}/reinstate")
	String reinstate(@PathVariable long id, @PathVariable int number, @RequestParam long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.service.reinstateSession(id, number, version, user);
		redirect.addFlashAttribute("flash", "session.reinstated");
		return "redirect:/pmps/" + id;
	}

	private String moveView(long id, PmpViews.SessionRow session, Model model) {
		model.addAttribute("pmpId", id);
		model.addAttribute("pmpSession", session);
		return "programme/move-session";
	}

}
