package org.followon.meeting;

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

/** A group's meetings, one meeting, and members' answers to it. */
@Controller
class MeetingController {

	private final MeetingService service;

	private final MeetingLogs logs;

	MeetingController(MeetingService service, MeetingLogs logs) {
		this.service = service;
		this.logs = logs;
	}

	@GetMapping("/groups/{id}/meetings")
	String list(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		MeetingViews.Listing listing = this.service.list(id, user);
		model.addAttribute("listing", listing);
		model.addAttribute("toLog", this.logs.toLog(listing.group()));
		return "meeting/list";
	}

	@GetMapping("/groups/{id}/meetings/{meetingId}")
	String show(@PathVariable long id, @PathVariable long meetingId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		MeetingViews.Page page = this.service.page(id, meetingId, user);
		// Answering for the whole series is never ticked in advance: it changes every
		// meeting.
		model.addAttribute("answerForm", new AnswerForm(page.myAnswer(), null));
		return view(page, model);
	}

	@PostMapping("/groups/{id}/meetings/{meetingId}/answer")
	String answer(@PathVariable long id, @PathVariable long meetingId, @Valid @ModelAttribute AnswerForm answerForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		this.service.member(id, user);
		MeetingViews.Page page = this.service.page(id, meetingId, user);
		if (result.hasErrors()) {
			return view(page, model);
		}
		this.service.answer(id, meetingId, answerForm.answer(), answerForm.forSeries(), user);
		redirect.addFlashAttribute("flash",
				answerForm.forSeries() && page.inSeries() ? "meeting.answered.series" : "meeting.answered");
		return "redirect:/groups/" + id + "/meetings/" + meetingId;
	}

	private String view(MeetingViews.Page page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("log", this.logs.status(page.group(), page.id(), page.meeting().on()));
		model.addAttribute("answers", Answer.values());
		return "meeting/show";
	}

}
