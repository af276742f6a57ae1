package org.followon.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;
import org.followon.group.Accessibility;
import org.followon.group.GroupAccess;
import org.followon.group.VenueType;

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
 * A group's coordinators (or supporting PTV) schedule one meeting or a repeating series.
 */
@Controller
class ScheduleController {

	private final MeetingService service;

	ScheduleController(MeetingService service) {
		this.service = service;
	}

	@InitBinder("meetingForm")
	void meetingFormValidator(WebDataBinder binder) {
		binder.addValidators(MeetingFormValidator.scheduling(this.service.today()));
	}

	@GetMapping("/groups/{id}/meetings/new")
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("meetingForm", MeetingForm.blank());
		return view(this.service.organiser(id, user), model);
	}

	@PostMapping("/groups/{id}/meetings/new")
	String schedule(@PathVariable long id, @Valid @ModelAttribute MeetingForm meetingForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		GroupAccess group = this.service.organiser(id, user);
		if (result.hasErrors()) {
			return view(group, model);
		}
		MeetingDetails details = meetingForm.details();
		RepeatRule rule = meetingForm.rule();
		List<LocalDate> dates = (rule == null) ? null : rule.dates(details.on());
		long first = this.service.schedule(id, details, rule, dates, user);
		redirect.addFlashAttribute("flash", rule == null ? "meeting.scheduled" : "meeting.series.scheduled");
		return "redirect:/groups/" + id + "/meetings/" + first;
	}

	static String view(GroupAccess group, Model model) {
		model.addAttribute("group", group);
		model.addAttribute("venueTypes", VenueType.values());
		model.addAttribute("accessibilityValues", Accessibility.values());
		model.addAttribute("weeks", WeekOfMonth.values());
		model.addAttribute("days", DayOfWeek.values());
		return "meeting/schedule";
	}

}
