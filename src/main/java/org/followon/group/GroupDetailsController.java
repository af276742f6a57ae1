package org.followon.group;

import jakarta.validation.Valid;
import org.followon.account.Role;
import org.followon.account.SignedInUser;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A group's coordinators (and staff) describe it: for its page and the network's
 * directory.
 */
@Controller
class GroupDetailsController {

	private final GroupRepository groups;

	private final MembershipRepository memberships;

	GroupDetailsController(GroupRepository groups, MembershipRepository memberships) {
		this.groups = groups;
		this.memberships = memberships;
	}

	@GetMapping("/groups/{id}/details")
	@Transactional(readOnly = true)
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("groupDetailsForm", editable(id, user).detailsForm());
		return view(id, model);
	}

	@PostMapping("/groups/{id}/details")
	@Transactional
	String save(@PathVariable long id, @Valid @ModelAttribute GroupDetailsForm groupDetailsForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		FollowOnGroup group = editable(id, user);
		if (result.hasErrors()) {
			return view(id, model);
		}
		if (groupDetailsForm.version() == null || groupDetailsForm.version() != group.getVersion()) {
			throw new EditClashException("/groups/" + id);
		}
		group.describe(groupDetailsForm);
		redirect.addFlashAttribute("flash", "group.details.saved");
		return "redirect:/groups/" + id;
	}

	private FollowOnGroup editable(long id, SignedInUser user) {
		FollowOnGroup group = this.groups.findById(id).orElseThrow(() -> new NotFoundException("Group", id));
		if (!this.memberships.coordinates(id, user.accountId()) && !user.has(Role.STAFF)) {
			throw new AccessDeniedException("Not a coordinator of this group");
		}
		return group;
	}

	private String view(long id, Model model) {
		model.addAttribute("groupId", id);
		model.addAttribute("frequencies", Frequency.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("days", java.time.DayOfWeek.values());
		model.addAttribute("venueTypes", VenueType.values());
		model.addAttribute("accessibilityValues", Accessibility.values());
		return "group/details";
	}

}
