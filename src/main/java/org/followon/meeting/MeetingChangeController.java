package org.followon.meeting;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving one meeting (or changing its place) and cancelling it, or it and the rest of its
 * series; the members are told by email.
 */
@Controller
class MeetingChangeController {

	private final MeetingService service;

	MeetingChangeController(MeetingService service) {
		this.service = service;
	}

	@InitBinder("meetingForm")
	void meetingFormValidator(WebDataBinder binder) {
		binder.addValidators(MeetingFormValidator.changing(this.service.today()));
	}

	@GetMapping("/groups/{id}/meetings/{meetingId}/change")
	String changeForm(@PathVariable long id, @PathVariable long meetingId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		MeetingViews.Changeable meeting = this.service.changeable(id, meetingId, user);
		model.addAttribute("meetingForm", MeetingForm.of(meeting.meeting(), meeting.version()));
		return changeView(meeting, model);
	}

	@PostMapping("/groups/{id}/meetings/{meetingId}/change")
	String change(@PathVariable long id, @PathVariable long meetingId, @Valid @ModelAttribute MeetingForm meetingForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		MeetingViews.Changeable meeting = this.service.changeable(id, meetingId, user);
		if (result.hasErrors()) {
			return changeView(meeting, model);
		}
		this.service.change(id, meetingId, meetingForm.details(), meetingForm.version(), user);
		redirect.addFlashAttribute("flash", "meeting.changed");
		return "redirect:/groups/" + id + "/meetings/" + meetingId;
	}

	@GetMapping("/groups/{id}/meetings/{meetingId}/cancel")
	String cancelForm(@PathVariable long id, @PathVariable long meetingId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		model.addAttribute("meeting", this.service.changeable(id, meetingId, user));
		return "meeting/cancel";
	}

	@PostMapping("/groups/{id}/meetings/{meetingId}/cancel")
	String cancel(@PathVariable long id, @PathVariable long meetingId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) Boolean laterToo, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		boolean all = Boolean.TRUE.equals(laterToo);
		this.service.cancel(id, meetingId, all, version, user);
		redirect.addFlashAttribute("flash", all ? "meeting.series.cancelled" : "meeting.cancelled");
		return "redirect:/groups/" + id + "/meetings";
	}

	private static String changeView(MeetingViews.Changeable meeting, Model model) {
		model.addAttribute("meeting", meeting);
		ScheduleController.view(meeting.group(), model);
		return "meeting/change";
	}

}
