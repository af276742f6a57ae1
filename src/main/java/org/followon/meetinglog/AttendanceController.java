package org.followon.meetinglog;

import org.followon.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A group's attendance over time for its organisers, and each member's own. */
@Controller
class AttendanceController {

	private final MeetingLogService service;

	AttendanceController(MeetingLogService service) {
		this.service = service;
	}

	@GetMapping("/groups/{id}/attendance")
	String group(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("attendance", this.service.attendance(id, user));
		return "meetinglog/attendance";
	}

	@GetMapping("/groups/{id}/attendance/mine")
	String mine(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("attendance", this.service.mine(id, user));
		return "meetinglog/my-attendance";
	}

}
