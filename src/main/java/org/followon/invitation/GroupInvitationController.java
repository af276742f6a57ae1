package org.followon.invitation;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;
import org.followon.group.GroupSummary;
import org.followon.system.FollowOnSettings;

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
 * A group's coordinators invite someone to join from the group page, see the join code to
 * give them (a card they can print), and send an invitation again.
 */
@Controller
class GroupInvitationController {

	private final GroupInvitationService service;

	private final String joinAddress;

	GroupInvitationController(GroupInvitationService service, FollowOnSettings settings) {
		this.service = service;
		this.joinAddress = JoinCode.address(settings.baseUrl());
	}

	@GetMapping("/groups/{id}/invitations/new")
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("invitationForm", new InvitationForm(null, null));
		return view(this.service.coordinated(id, user), model);
	}

	@PostMapping("/groups/{id}/invitations/new")
	String invite(@PathVariable long id, @Valid @ModelAttribute InvitationForm invitationForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		GroupSummary group = this.service.coordinated(id, user);
		if (result.hasErrors()) {
			return view(group, model);
		}
		long invitationId = this.service.invite(id, invitationForm, user);
		redirect.addFlashAttribute("flash",
				invitationForm.email() != null ? "invitation.group.emailed" : "invitation.group.made");
		return "redirect:/groups/" + id + "/invitations/" + invitationId;
	}

	/**
	 * The invitation just made or sent again: its join code on a card, and how it was
	 * sent.
	 */
	@GetMapping("/groups/{id}/invitations/{invitationId}")
	String sent(@PathVariable long id, @PathVariable long invitationId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		model.addAttribute("card", this.service.card(id, invitationId, user));
		model.addAttribute("joinAddress", this.joinAddress);
		return "invitation/sent";
	}

	@PostMapping("/groups/{id}/invitations/{invitationId}/resend")
	String resend(@PathVariable long id, @PathVariable long invitationId, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		if (!this.service.resend(id, invitationId, version, user)) {
			redirect.addFlashAttribute("flash", "invitation.alreadyUsed");
			return "redirect:/groups/" + id;
		}
		redirect.addFlashAttribute("flash", "invitation.renewed");
		return "redirect:/groups/" + id + "/invitations/" + invitationId;
	}

	private String view(GroupSummary group, Model model) {
		model.addAttribute("group", group);
		return "invitation/new";
	}

}
