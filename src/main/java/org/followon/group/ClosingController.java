package org.followon.group;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;

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
 * Ending someone's part in a group that is not a member's own: a coordinator or staff
 * closing the group (folded, with a reason) or reopening it, and the supporting PTV
 * stepping back.
 */
@Controller
class ClosingController {

	private final GroupService service;

	ClosingController(GroupService service) {
		this.service = service;
	}

	@InitBinder("closingForm")
	void closingFormValidator(WebDataBinder binder) {
		binder.addValidators(new ClosingFormValidator());
	}

	@GetMapping("/groups/{id}/close")
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		FollowOnGroup group = this.service.closable(id, user);
		model.addAttribute("closingForm", new ClosingForm(null, null, group.getVersion()));
		return view(group, model);
	}

	@PostMapping("/groups/{id}/close")
	String close(@PathVariable long id, @Valid @ModelAttribute ClosingForm closingForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		FollowOnGroup group = this.service.closable(id, user);
		if (result.hasErrors()) {
			return view(group, model);
		}
		this.service.close(id, closingForm, user);
		redirect.addFlashAttribute("flash", "group.close.done");
		return "redirect:/groups/" + id;
	}

	@PostMapping("/groups/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.service.reopen(id, version, user);
		redirect.addFlashAttribute("flash", "group.reopen.done");
		return "redirect:/groups/" + id;
	}

	@PostMapping("/groups/{id}/step-back")
	String stepBack(@PathVariable long id, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.service.stepBack(id, version, user);
		redirect.addFlashAttribute("flash", "group.stepBack.done");
		return "redirect:/";
	}

	private String view(FollowOnGroup group, Model model) {
		model.addAttribute("groupId", group.getId());
		model.addAttribute("groupName", group.getName());
		model.addAttribute("reasons", ClosingReason.chosenByPeople());
		return "group/close";
	}

}
