package org.followon.directory;

import java.time.DayOfWeek;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network's directory: groups open to new members, by area, day and how they meet. It
 * shows what a group says about itself, never an address or a member.
 */
@Controller
class DirectoryController {

	private final DirectoryService service;

	DirectoryController(DirectoryService service) {
		this.service = service;
	}

	@GetMapping("/directory")
	String directory(@RequestParam(required = false) String area, @RequestParam(required = false) DayOfWeek day,
			@RequestParam(required = false) String how, Model model) {
		model.addAttribute("groups", this.service.open(area, day, how));
		model.addAttribute("area", area);
		model.addAttribute("day", day);
		model.addAttribute("how", how);
		model.addAttribute("days", DayOfWeek.values());
		return "directory/directory";
	}

}
