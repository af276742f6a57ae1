package org.followon.group;

import java.time.DayOfWeek;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;

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
 * A group's coordinators (and staff) describe it: for its page and the network's
 * directory.
 */
@Controller
class GroupDetailsController {

	private final GroupDetailsService service;

	GroupDetailsController(GroupDetailsService service) {
		this.service = service;
	}

	@GetMapping("/groups/{id}/details")
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("groupDetailsForm", this.service.form(id, user));
		return view(id, model);
	}

	@PostMapping("/groups/{id}/details")
	String save(@PathVariable long id, @Valid @ModelAttribute GroupDetailsForm groupDetailsForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		// Only its coordinators and staff, before anything they typed is looked at.
		this.service.form(id, user);
		if (result.hasErrors()) {
			return view(id, model);
		}
		this.service.describe(id, groupDetailsForm, user);
		redirect.addFlashAttribute("flash", "group.details.saved");
		return "redirect:/groups/" + id;
	}

	private String view(long id, Model model) {
		model.addAttribute("groupId", id);
		model.addAttribute("frequencies", Frequency.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("venueTypes", VenueType.values());
		model.addAttribute("accessibilityValues", Accessibility.values());
		return "group/details";
	}

}
