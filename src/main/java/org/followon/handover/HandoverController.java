package org.followon.handover;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;
import org.followon.programme.PmpSummary;
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

/**
 * The handover page of a PMP, step 1 (introduce) and the confirmation of the hand-over.
 */
@Controller
class HandoverController {

	private final HandoverService service;

	private final HandoverViews views;

	HandoverController(HandoverService service, HandoverViews views) {
		this.service = service;
		this.views = views;
	}

	@InitBinder("introduceForm")
	void introduceFormValidator(WebDataBinder binder, @PathVariable long id,
			@AuthenticationPrincipal SignedInUser user) {
		binder.addValidators(new IntroduceFormValidator(this.service, id, user));
	}

	@GetMapping("/pmps/{id}/handover")
	String overview(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("page", this.views.overview(this.service.pmp(id, user)));
		return "handover/overview";
	}

	@GetMapping("/pmps/{id}/handover/introduce")
	String introduceForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		PmpSummary pmp = this.service.pmp(id, user);
		model.addAttribute("introduceForm", this.service.introduceForm(pmp));
		return introduceView(pmp, model);
	}

	@PostMapping("/pmps/{id}/handover/introduce")
	String introduce(@PathVariable long id, @Valid @ModelAttribute IntroduceForm introduceForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		PmpSummary pmp = this.service.pmp(id, user);
		if (result.hasErrors()) {
			return introduceView(pmp, model);
		}
		LocalDate on = DateInput.parse(introduceForm.day(), introduceForm.month(), introduceForm.year());
		this.service.introduce(id, on, introduceForm, user);
		redirect.addFlashAttribute("flash", "handover.introduced");
		return "redirect:/pmps/" + id + "/handover";
	}

	@GetMapping("/pmps/{id}/handover/confirm")
	String confirmPage(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("page", this.views.overview(this.service.pmp(id, user)));
		return "handover/confirm";
	}

	@PostMapping("/pmps/{id}/handover/confirm")
	String confirm(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.service.pmp(id, user);
		if (!this.service.anythingPlanned(id)) {
			redirect.addFlashAttribute("flash", "handover.confirm.nothing");
			return "redirect:/pmps/" + id + "/handover";
		}
		this.service.confirm(id, version, user);
		redirect.addFlashAttribute("flash", "handover.confirmed");
		return "redirect:/pmps/" + id + "/handover";
	}

	private String introduceView(PmpSummary pmp, Model model) {
		model.addAttribute("page", this.views.introduce(pmp));
		return "handover/introduce";
	}

}
