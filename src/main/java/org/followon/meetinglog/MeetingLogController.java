package org.followon.meetinglog;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A group's coordinators (or supporting PTV) log what happened at a meeting, and correct
 * it later.
 */
@Controller
class MeetingLogController {

	private final MeetingLogService service;

	MeetingLogController(MeetingLogService service) {
		this.service = service;
	}

	@InitBinder("logForm")
	void logFormValidator(WebDataBinder binder, @PathVariable long id, @PathVariable long meetingId,
			@AuthenticationPrincipal SignedInUser user) {
		binder.addValidators(new LogFormValidator(this.service, id, meetingId, user));
	}

	@GetMapping("/groups/{id}/meetings/{meetingId}/log")
	String form(@PathVariable long id, @PathVariable long meetingId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		LogViews.LogPage page = this.service.page(id, meetingId, user);
		model.addAttribute("logForm", this.service.form(page));
		return view(page, model);
	}

	@PostMapping("/groups/{id}/meetings/{meetingId}/log")
	String log(@PathVariable long id, @PathVariable long meetingId, @Valid @ModelAttribute LogForm logForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		LogViews.LogPage page = this.service.page(id, meetingId, user);
		if (result.hasErrors()) {
			// Including a value that could not be read (a number in words, a tampered
			// choice): the errors say which.
			return view(page, model);
		}
		LogEntry entry = logForm.entry(page);
		this.service.log(id, meetingId, entry, logForm.version(), user);
		redirect.addFlashAttribute("flash", page.logged() ? "meetingLog.corrected" : "meetingLog.saved");
		return "redirect:/groups/" + id + "/meetings/" + meetingId;
	}

	private static String view(LogViews.LogPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("outcomes", MeetingOutcome.values());
		model.addAttribute("modes", MeetingMode.values());
		model.addAttribute("topics", Topic.values());
		return "meetinglog/log";
	}

}
