package org.followon.reminder;

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
 * A group's reminder times (its coordinators) and how each member gets them (the member).
 */
@Controller
class ReminderSettingsController {

	private final ReminderSettings service;

	ReminderSettingsController(ReminderSettings service) {
		this.service = service;
	}

	@InitBinder("reminderTimesForm")
	void reminderTimesFormValidator(WebDataBinder binder) {
		binder.addValidators(new ReminderTimesFormValidator());
	}

	@InitBinder("reminderPreferenceForm")
	void reminderPreferenceFormValidator(WebDataBinder binder, @PathVariable long id,
			@AuthenticationPrincipal SignedInUser user) {
		binder.addValidators(new ReminderPreferenceFormValidator(this.service, id, user));
	}

	@GetMapping("/groups/{id}/reminders")
	String times(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ReminderSettings.Times times = this.service.times(id, user);
		model.addAttribute("reminderTimesForm",
				new ReminderTimesForm(times.chosen().stream().toList(), times.version()));
		return timesView(times, model);
	}

	@PostMapping("/groups/{id}/reminders")
	String chooseTimes(@PathVariable long id, @Valid @ModelAttribute ReminderTimesForm reminderTimesForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ReminderSettings.Times times = this.service.times(id, user);
		if (result.hasErrors()) {
			return timesView(times, model);
		}
		this.service.chooseTimes(id, reminderTimesForm.chosen(), reminderTimesForm.version(), user);
		redirect.addFlashAttribute("flash", "reminder.times.saved");
		return "redirect:/groups/" + id;
	}

	@GetMapping("/groups/{id}/reminders/mine")
	String mine(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ReminderSettings.Mine mine = this.service.mine(id, user);
		model.addAttribute("reminderPreferenceForm", new ReminderPreferenceForm(mine.chosen(), mine.version()));
		return mineView(mine, model);
	}

	@PostMapping("/groups/{id}/reminders/mine")
	String choose(@PathVariable long id, @Valid @ModelAttribute ReminderPreferenceForm reminderPreferenceForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ReminderSettings.Mine mine = this.service.mine(id, user);
		if (result.hasErrors()) {
			return mineView(mine, model);
		}
		this.service.choose(mine, reminderPreferenceForm.channel(), reminderPreferenceForm.version());
		redirect.addFlashAttribute("flash", "reminder.mine.saved");
		return "redirect:/groups/" + id;
	}

	private static String timesView(ReminderSettings.Times times, Model model) {
		model.addAttribute("times", times);
		model.addAttribute("choices", ReminderKind.CHOICES.toArray(ReminderKind[]::new));
		return "reminder/times";
	}

	private static String mineView(ReminderSettings.Mine mine, Model model) {
		model.addAttribute("mine", mine);
		model.addAttribute("channels", mine.textsOn() ? ReminderChannel.values()
				: new ReminderChannel[] { ReminderChannel.EMAIL, ReminderChannel.NONE });
		return "reminder/mine";
	}

}
