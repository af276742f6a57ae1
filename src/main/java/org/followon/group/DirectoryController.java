package org.followon.group;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network's directory: groups open to new members, by area, day and how they meet. It
 * shows what a group says about itself, never an address or a member.
 */
@Controller
class DirectoryController {

	private final GroupRepository groups;

	private final GroupStatusRules rules;

	DirectoryController(GroupRepository groups, GroupStatusRules rules) {
		this.groups = groups;
		this.rules = rules;
	}

	@GetMapping("/directory")
	@Transactional(readOnly = true)
	String directory(@RequestParam(required = false) String area, @RequestParam(required = false) DayOfWeek day,
			@RequestParam(required = false) String how, Model model) {
		String areaFilter = area == null ? null : area.trim().toLowerCase(Locale.UK);
		List<GroupSummary> open = this.groups.findByOpenToNewMembersTrueOrderByName()
			.stream()
			.map((g) -> g.summary(this.rules))
			.filter((g) -> g.status() != GroupStatus.FOLDED)
			.filter((g) -> areaFilter == null || areaFilter.isEmpty()
					|| (g.area() != null && g.area().toLowerCase(Locale.UK).contains(areaFilter)))
			.filter((g) -> day == null || day == g.usualDay())
			.filter((g) -> how == null || how.isEmpty() || ("online".equals(how) == g.meetsOnline()))
			.toList();
		model.addAttribute("groups", open);
		model.addAttribute("area", area);
		model.addAttribute("day", day);
		model.addAttribute("how", how);
		model.addAttribute("days", DayOfWeek.values());
		return "group/directory";
	}

}
