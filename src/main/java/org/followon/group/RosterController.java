package org.followon.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.followon.account.SignedInUser;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A group's coordinators keep its list of members: add someone who will not use the app
 * (name only), and record that someone has stopped coming.
 */
@Controller
class RosterController {

	private final MembershipRepository memberships;

	private final Groups groups;

	private final Clock clock;

	RosterController(MembershipRepository memberships, Groups groups, Clock clock) {
		this.memberships = memberships;
		this.groups = groups;
		this.clock = clock;
	}

	/** Adding someone by name only. */
	record NewMemberForm(@NotBlank @Size(max = 100) String knownAs) {
	}

	@GetMapping("/groups/{id}/members")
	@Transactional(readOnly = true)
	String roster(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		List<Membership> current = coordinated(id, user);
		model.addAttribute("newMemberForm", new NewMemberForm(null));
		return view(id, current, model);
	}

	@PostMapping("/groups/{id}/members")
	@Transactional
	String add(@PathVariable long id, @Valid @ModelAttribute NewMemberForm newMemberForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		List<Membership> current = coordinated(id, user);
		if (result.hasErrors()) {
			return view(id, current, model);
		}
		this.groups.addMember(id, newMemberForm.knownAs());
		redirect.addFlashAttribute("flash", "group.roster.added");
		return "redirect:/groups/" + id + "/members";
	}

	@PostMapping("/groups/{id}/members/{membershipId}/lapsed")
	@Transactional
	String lapsed(@PathVariable long id, @PathVariable long membershipId,
			@RequestParam(required = false) LeavingReason reason, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		coordinated(id, user).stream()
			.filter((m) -> m.getId() == membershipId && !m.getRole().organises())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Member", membershipId))
			.lapse(LocalDate.now(this.clock), reason);
		redirect.addFlashAttribute("flash", "group.roster.lapsed");
		return "redirect:/groups/" + id + "/members";
	}

	/** The group's current members, if this person coordinates it. */
	private List<Membership> coordinated(long id, SignedInUser user) {
		if (!this.memberships.coordinates(id, user.accountId())) {
			throw new AccessDeniedException("Not a coordinator of this group");
		}
		return this.memberships.findByGroupIdAndLeftOnIsNullOrderByKnownAs(id);
	}

	private String view(long id, List<Membership> current, Model model) {
		model.addAttribute("groupId", id);
		model.addAttribute("members",
				current.stream()
					.filter((m) -> !m.getRole().organises())
					.map((m) -> new RosterLine(m.getId(), m.getKnownAs(), m.getAccountId() != null))
					.toList());
		model.addAttribute("reasons", LeavingReason.values());
		return "group/members";
	}

	/** A member as the coordinators' list shows them. */
	record RosterLine(long id, String knownAs, boolean usesTheApp) {
	}

}
