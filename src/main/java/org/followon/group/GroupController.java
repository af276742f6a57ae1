package org.followon.group;

import org.followon.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class GroupController {

	private final GroupService service;

	private final Groups groups;

	GroupController(GroupService service, Groups groups) {
		this.service = service;
		this.groups = groups;
	}

	@GetMapping("/groups")
	String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("groups", this.groups.of(user.accountId()));
		return "group/mine";
	}

	@GetMapping("/groups/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("page", this.service.page(id, user));
		return "group/show";
	}

	@GetMapping("/groups/{id}/pack")
	String pack(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("page", this.service.page(id, user));
		return "group/pack";
	}

}
