package org.followon.invitation;

import java.util.List;

import org.followon.account.Role;
import org.followon.account.SignedInUser;
import org.followon.programme.PmpSummary;
import org.followon.system.FollowOnSettings;
import org.followon.system.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A PMP's invitations, for its facilitators and staff: who has set up their account,
 * whose email did not go, and the cards to print. Its clinicians and staff send an
 * invitation again.
 */
@Controller
class InvitationController {

	private final InvitationService service;

	private final String joinAddress;

	InvitationController(InvitationService service, FollowOnSettings settings) {
		this.service = service;
		this.joinAddress = JoinCode.address(settings.baseUrl());
	}

	@GetMapping("/pmps/{id}/handover/invitations")
	String list(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		PmpSummary pmp = this.service.visible(id, user);
		model.addAttribute("pmp", pmp);
		model.addAttribute("invitations", this.service.forPmp(id));
		model.addAttribute("canSendAgain", user.has(Role.STAFF) || pmp.clinicianIds().contains(user.accountId()));
		return "invitation/invitations";
	}

	/**
	 * Cards for the people without email; with {@code all=true}, for everyone still to
	 * join.
	 */
	@GetMapping("/pmps/{id}/handover/invitations/cards")
	String cards(@PathVariable long id, @RequestParam(defaultValue = "false") boolean all,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		PmpSummary pmp = this.service.visible(id, user);
		List<InvitationRow> cards = this.service.forPmp(id)
			.stream()
			.filter(InvitationRow::live)
			.filter((i) -> all || !i.hasEmail())
			.toList();
		model.addAttribute("pmp", pmp);
		model.addAttribute("cards", cards);
		model.addAttribute("all", all);
		model.addAttribute("joinAddress", this.joinAddress);
		return "invitation/cards";
	}

	@PostMapping("/pmps/{id}/handover/invitations/{invitationId}/resend")
	String resend(@PathVariable long id, @PathVariable long invitationId, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.service.manageable(id, user);
		if (!this.service.belongsTo(invitationId, id)) {
			throw new NotFoundException("Invitation", invitationId);
		}
		boolean renewed = this.service.resend(invitationId, user);
		redirect.addFlashAttribute("flash", renewed ? "invitation.renewed" : "invitation.alreadyUsed");
		return "redirect:/pmps/" + id + "/handover/invitations";
	}

}
