package org.followon.concern;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;
import org.followon.concern.DutyForms.ActionForm;
import org.followon.concern.DutyForms.CloseForm;
import org.followon.system.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The duty rota's queue and a concern's page, with acknowledging, recording actions and
 * closing.
 */
@Controller
class DutyController {

	private final DutyDesk desk;

	DutyController(DutyDesk desk) {
		this.desk = desk;
	}

	@InitBinder("closeForm")
	void closeFormValidator(WebDataBinder binder) {
		binder.addValidators(new CloseFormValidator());
	}

	@GetMapping("/concerns")
	String queue(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("rows", this.desk.queue(user.accountId()));
		return "concern/queue";
	}

	@GetMapping("/concerns/closed")
	String closed(@RequestParam(defaultValue = "1") String page, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		// A page that is not a number (typed or tampered with) is the first page.
		int number = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
		model.addAttribute("closed", this.desk.closed(user.accountId(), number));
		return "concern/closed";
	}

	@GetMapping("/concerns/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return page(id, user, model, new ActionForm(null, null), new CloseForm(null, null, null));
	}

	@PostMapping("/concerns/{id}/acknowledge")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.desk.acknowledge(id, required(version, id), user.accountId());
		redirect.addFlashAttribute("flash", "concern.flash.acknowledged");
		return "redirect:/concerns/" + id;
	}

	@PostMapping("/concerns/{id}/actions")
	String action(@PathVariable long id, @Valid ActionForm actionForm, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		if (errors.getTarget() == null) {
			throw new NotFoundException("Concern", id); // A version that is not a number:
														// tampered with.
		}
		if (errors.hasErrors()) {
			return page(id, user, model, actionForm, new CloseForm(null, null, null));
		}
		this.desk.recordAction(id, actionForm.version(), user.accountId(), actionForm.note());
		redirect.addFlashAttribute("flash", "concern.flash.action");
		return "redirect:/concerns/" + id;
	}

	@PostMapping("/concerns/{id}/close")
	String close(@PathVariable long id, @Valid CloseForm closeForm, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		if (errors.getTarget() == null) {
			throw new NotFoundException("Concern", id); // A version that is not a number:
														// tampered with.
		}
		if (errors.hasErrors()) {
			return page(id, user, model, new ActionForm(null, null), closeForm);
		}
		this.desk.close(id, closeForm.version(), user.accountId(), closeForm.chosen(), closeForm.outcomeNote());
		redirect.addFlashAttribute("flash", "concern.flash.closed");
		return "redirect:/concerns/" + id;
	}

	private String page(long id, SignedInUser user, Model model, ActionForm action, CloseForm close) {
		model.addAttribute("concern", this.desk.open(id, user.accountId()));
		model.addAttribute("actionForm", action);
		model.addAttribute("closeForm", close);
		model.addAttribute("outcomes", ConcernOutcome.values());
		return "concern/show";
	}

	private static long required(Long version, long id) {
		if (version == null) {
			throw new NotFoundException("Concern", id);
		}
		return version;
	}

}
