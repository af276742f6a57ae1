package org.followon.poll;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;
import org.followon.group.VenueType;
import org.followon.meeting.Meetings;
import org.followon.system.NotFoundException;

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
 * A group's coordinators (or supporting PTV) confirm one option of a poll, or close it
 * without one.
 */
@Controller
class PollDecisionController {

	private final PollService service;

	PollDecisionController(PollService service) {
		this.service = service;
	}

	@InitBinder("confirmForm")
	void confirmFormValidator(WebDataBinder binder) {
		binder.addValidators(new ConfirmFormValidator());
	}

	@GetMapping("/groups/{id}/polls/{pollId}/confirm")
	String confirmForm(@PathVariable long id, @PathVariable long pollId, @RequestParam(required = false) Long option,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		this.service.organiser(id, user);
		PollViews.Page page = this.service.page(id, pollId, user);
		if (!page.canDecide()) {
			return "redirect:/groups/" + id + "/polls/" + pollId;
		}
		PollViews.Option chosen = option == null ? null : page.option(option);
		if (chosen == null) {
			throw new NotFoundException("Poll option", option);
		}
		model.addAttribute("confirmForm", ConfirmForm.of(chosen, page.version()));
		return view(page, chosen, model);
	}

	@PostMapping("/groups/{id}/polls/{pollId}/confirm")
	String confirm(@PathVariable long id, @PathVariable long pollId, @Valid @ModelAttribute ConfirmForm confirmForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		this.service.organiser(id, user);
		PollViews.Page page = this.service.page(id, pollId, user);
		PollViews.Option chosen = result.getTarget() == null || confirmForm.optionId() == null ? null
				: page.option(confirmForm.optionId());
		if (chosen == null) {
			throw new NotFoundException("Poll option", pollId);
		}
		if (result.hasErrors()) {
			return view(page, chosen, model);
		}
		NewOption when = chosen.details();
		long meetingId = this.service.confirm(id, pollId, chosen.id(),
				new Meetings.NewMeeting(when.on(), when.startsAt(), when.endsAt(), confirmForm.venueName(),
						confirmForm.venueType(), confirmForm.address(), confirmForm.link()),
				confirmForm.version(), user);
		redirect.addFlashAttribute("flash", "poll.confirmed");
		return "redirect:/groups/" + id + "/meetings/" + meetingId;
	}

	@PostMapping("/groups/{id}/polls/{pollId}/close")
	String close(@PathVariable long id, @PathVariable long pollId, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.service.close(id, pollId, version, user);
		redirect.addFlashAttribute("flash", "poll.closed");
		return "redirect:/groups/" + id + "/polls/" + pollId;
	}

	private static String view(PollViews.Page page, PollViews.Option chosen, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("chosen", chosen);
		model.addAttribute("venueTypes", VenueType.values());
		return "poll/confirm";
	}

}
