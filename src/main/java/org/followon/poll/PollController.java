package org.followon.poll;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A group's polls, proposing one, and members answering one. */
@Controller
class PollController {

	private final PollService service;

	PollController(PollService service) {
		this.service = service;
	}

	@InitBinder("pollForm")
	void pollFormValidator(WebDataBinder binder) {
		binder.addValidators(new PollFormValidator(this.service.today()));
	}

	@InitBinder("answersForm")
	void answersFormValidator(WebDataBinder binder, @PathVariable long id, @PathVariable long pollId,
			@AuthenticationPrincipal SignedInUser user) {
		binder.addValidators(new AnswersFormValidator(this.service, id, pollId, user));
	}

	@GetMapping("/groups/{id}/polls")
	String list(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("listing", this.service.list(id, user));
		return "poll/list";
	}

	@GetMapping("/groups/{id}/polls/new")
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return form(this.service.organiser(id, user), PollForm.blank(), model);
	}

	@PostMapping("/groups/{id}/polls/new")
	String propose(@PathVariable long id, @Valid @ModelAttribute PollForm pollForm, BindingResult result,
			@RequestParam(required = false) String add, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		GroupAccess group = this.service.organiser(id, user);
		if (result.getTarget() == null) {
			// A value that could not be read (a tampered choice): the errors say which.
			return form(group, null, model);
		}
		if (add != null) {
			return form(group, pollForm.withAnotherRow(), model);
		}
		if (result.hasErrors()) {
			return form(group, null, model);
		}
		long pollId = this.service.propose(id, pollForm.title(), pollForm.closesOn(), pollForm.newOptions(), user);
		redirect.addFlashAttribute("flash", "poll.proposed");
		return "redirect:/groups/" + id + "/polls/" + pollId;
	}

	/** The new-poll page; a null form keeps the one being re-rendered with its errors. */
	private static String form(GroupAccess group, PollForm form, Model model) {
		if (form != null) {
			model.addAttribute("pollForm", form);
		}
		PollForm shown = (PollForm) model.getAttribute("pollForm");
		int rows = shown == null || shown.options() == null ? 0 : shown.options().size();
		List<String> order = new ArrayList<>(List.of("title", "closesDay", "options"));
		for (int i = 0; i < rows; i++) {
			for (String field : List.of("day", "startTime", "endTime", "venueName", "venueType")) {
				order.add("options[" + i + "]." + field);
			}
		}
		model.addAttribute("group", group);
		model.addAttribute("errorOrder", order);
		model.addAttribute("rows", rows);
		model.addAttribute("venueTypes", VenueType.values());
		return "poll/new";
	}

	@GetMapping("/groups/{id}/polls/{pollId}")
	String show(@PathVariable long id, @PathVariable long pollId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		PollViews.Page page = this.service.page(id, pollId, user);
		model.addAttribute("answersForm", new AnswersForm(page.mine(), page.version()));
		return view(page, model);
	}

	@PostMapping("/groups/{id}/polls/{pollId}/answer")
	String answer(@PathVariable long id, @PathVariable long pollId, @Valid @ModelAttribute AnswersForm answersForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		this.service.member(id, user);
		PollViews.Page page = this.service.page(id, pollId, user);
		if (result.hasErrors()) {
			// An option not answered, or a value that could not be read (a tampered
			// choice): the errors say which.
			return view(page, model);
		}
		Map<Long, Availability> given = answersForm.answers() == null ? Map.of() : answersForm.answers();
		boolean saved = this.service.answer(id, pollId, given, answersForm.version(), user);
		redirect.addFlashAttribute("flash", saved ? "poll.answered" : "poll.notOpen");
		return "redirect:/groups/" + id + "/polls/" + pollId;
	}

	static String view(PollViews.Page page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("availabilities", Availability.values());
		model.addAttribute("errorOrder", page.options().stream().map((o) -> "answers[" + o.id() + "]").toList());
		return "poll/show";
	}

}
