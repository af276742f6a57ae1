package org.followon.group;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a member does for themselves: which contact details the group may see, and
 * leaving.
 */
@Controller
class SharingController {

	private final SharingService service;

	SharingController(SharingService service) {
		this.service = service;
	}

	@GetMapping("/groups/{id}/sharing")
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Membership mine = this.service.mine(id, user);
		model.addAttribute("sharingForm",
				new SharingForm(mine.isShareEmail(), mine.isShareMobile(), mine.isNetworkInvites(), mine.getVersion()));
		return view(id, mine, model);
	}

	@PostMapping("/groups/{id}/sharing")
	String save(@PathVariable long id, @ModelAttribute SharingForm sharingForm,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.service.change(id, sharingForm, user);
		redirect.addFlashAttribute("flash", "group.sharing.saved");
		return "redirect:/groups/" + id;
	}

	@GetMapping("/groups/{id}/leave")
	String leaveForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Membership mine = this.service.mine(id, user);
		model.addAttribute("leavingForm", new LeavingForm(null, null, mine.getVersion()));
		return leaveView(id, model);
	}

	@PostMapping("/groups/{id}/leave")
	String leave(@PathVariable long id, @Valid @ModelAttribute LeavingForm leavingForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		this.service.mine(id, user);
		if (result.hasErrors()) {
			return leaveView(id, model);
		}
		this.service.leave(id, leavingForm, user);
		redirect.addFlashAttribute("flash", "group.leave.done");
		return "redirect:/groups";
	}

	@GetMapping("/groups/{id}/step-down")
	String stepDownForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Membership mine = this.service.mine(id, user);
		model.addAttribute("steppingDownForm", new SteppingDownForm(null, mine.getVersion()));
		return stepDownView(id, mine, model);
	}

	@PostMapping("/groups/{id}/step-down")
	String stepDown(@PathVariable long id, @ModelAttribute SteppingDownForm steppingDownForm,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.service.stepDown(id, steppingDownForm, user);
		redirect.addFlashAttribute("flash", "group.stepDown.done");
		return "redirect:/groups/" + id;
	}

	private String stepDownView(long id, Membership mine, Model model) {
		if (!mine.getRole().organises()) {
			throw new AccessDeniedException("Not a coordinator of this group");
		}
		model.addAttribute("groupId", id);
		model.addAttribute("successors",
				this.service.possibleSuccessors(id, mine)
					.stream()
					.map((m) -> new Successor(m.getId(), m.getKnownAs()))
					.toList());
		return "group/step-down";
	}

	/** A member who could take over, as the form's choices show them. */
	record Successor(long id, String displayName) {
	}

	private String leaveView(long id, Model model) {
		model.addAttribute("groupId", id);
		model.addAttribute("reasons", LeavingReason.values());
		return "group/leave";
	}

	private String view(long id, Membership mine, Model model) {
		model.addAttribute("groupId", id);
		model.addAttribute("email", mine.getEmail());
		model.addAttribute("mobile", mine.getMobile());
		return "group/sharing";
	}

}
