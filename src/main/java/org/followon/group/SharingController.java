package org.followon.group;

import org.followon.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's own choice of which contact details the rest of their group may see. */
@Controller
class SharingController {

	private final SharingService service;

	SharingController(SharingService service) {
		this.service = service;
	}

	@GetMapping("/groups/{id}/sharing")
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Membership mine = this.service.mine(id, user);
		model.addAttribute("sharingForm", new SharingForm(mine.isShareEmail(), mine.isShareMobile(), mine.getVersion()));
		return view(id, mine, model);
	}

	@PostMapping("/groups/{id}/sharing")
	String save(@PathVariable long id, @ModelAttribute SharingForm sharingForm,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.service.change(id, sharingForm, user);
		redirect.addFlashAttribute("flash", "group.sharing.saved");
		return "redirect:/groups/" + id;
	}

	private String view(long id, Membership mine, Model model) {
		model.addAttribute("groupId", id);
		model.addAttribute("email", mine.getEmail());
		model.addAttribute("mobile", mine.getMobile());
		return "group/sharing";
	}

}
