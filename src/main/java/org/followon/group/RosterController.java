package org.followon.group;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/**
 * A group's coordinators keep its list of members: add someone who will not use the app
 * (name only), and record that someone has stopped coming.
 */
@Controller
class RosterController {

	private final RosterService service;

	RosterController(RosterService service) {
		this.service = service;
	}

	/** Adding someone by name only. */
	record NewMemberForm(@NotBlank @Size(max = 100) String knownAs) {
	}

	@GetMapping("/groups/{id}/members")
	String roster(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		List<RosterService.RosterLine> members = this.service.roster(id, user);
		model.addAttribute("newMemberForm", new NewMemberForm(null));
		return view(id, members, model);
	}

	@PostMapping("/groups/{id}/members")
	String add(@PathVariable long id, @Valid @ModelAttribute NewMemberForm newMemberForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		// Only its coordinators, before anything they typed is looked at.
		List<RosterService.RosterLine> members = this.service.roster(id, user);
		if (result.hasErrors()) {
			return view(id, members, model);
		}
		this.service.add(id, newMemberForm.knownAs(), user);
		redirect.addFlashAttribute("flash", "group.roster.added");
		return "redirect:/groups/" + id + "/members";
	}

	@PostMapping("/groups/{id}/members/{membershipId}/lapsed")
	String lapsed(@PathVariable long id, @PathVariable long membershipId,
			@RequestParam(required = false) LeavingReason reason, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.service.lapse(id, membershipId, reason, user);
		redirect.addFlashAttribute("flash", "group.roster.lapsed");
		return "redirect:/groups/" + id + "/members";
	}

	private String view(long id, List<RosterService.RosterLine> members, Model model) {
		model.addAttribute("groupId", id);
		model.addAttribute("members", members);
		model.addAttribute("reasons", LeavingReason.values());
		return "group/members";
	}

}
