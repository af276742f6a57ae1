package org.followon.joinrequest;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Asking to join an open group, and its coordinators accepting or declining. */
@Controller
class JoinRequestController {

	private final JoinRequestService service;

	JoinRequestController(JoinRequestService service) {
		this.service = service;
	}

	@GetMapping("/groups/{id}/ask")
	String askForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("joinRequestForm", new JoinRequestForm(null));
		return view(id, user, model);
	}

	@PostMapping("/groups/{id}/ask")
	String ask(@PathVariable long id, @Valid @ModelAttribute JoinRequestForm joinRequestForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(id, user, model);
		}
		if (!this.service.ask(id, joinRequestForm, user)) {
			// Asked twice (a second tab, the back button): the page says they are in or
			// waiting.
			return "redirect:/groups/" + id + "/ask";
		}
		redirect.addFlashAttribute("flash", "joinRequest.ask.sent");
		return "redirect:/groups";
	}

	@PostMapping("/groups/{id}/requests/{requestId}/{answer:accept|decline}")
	String decide(@PathVariable long id, @PathVariable long requestId, @PathVariable String answer,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		boolean accept = "accept".equals(answer);
		this.service.decide(id, requestId, accept, version, user);
		redirect.addFlashAttribute("flash", accept ? "joinRequest.accepted" : "joinRequest.declined");
		return "redirect:/groups/" + id;
	}

	private String view(long id, SignedInUser user, Model model) {
		model.addAttribute("group", this.service.askable(id));
		model.addAttribute("already", this.service.alreadyInOrAsked(id, user));
		return "joinrequest/ask";
	}

}
