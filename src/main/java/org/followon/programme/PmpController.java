package org.followon.programme;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;
import org.followon.system.DateInput;
import org.followon.system.TimeInput;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PmpController {

	private final PmpService service;

	PmpController(PmpService service) {
		this.service = service;
	}

	@GetMapping("/pmps")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<PmpViews.Row> rows = this.service.visibleTo(user);
		model.addAttribute("current", rows.stream().filter((r) -> r.status().isCurrent()).toList());
		model.addAttribute("past", rows.stream().filter((r) -> !r.status().isCurrent()).toList());
		return "programme/list";
	}

	@GetMapping("/pmps/new")
	String newPmp(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("pmpForm", PmpForm.startingWith(user.accountId()));
		return formView(model);
	}

	@PostMapping("/pmps/new")
	String create(@Valid @ModelAttribute PmpForm pmpForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		LocalDate first = DateInput.read(result, "firstDay", pmpForm.firstDay(), pmpForm.firstMonth(),
				pmpForm.firstYear());
		if (first != null && pmpForm.weekday() != null && first.getDayOfWeek() != pmpForm.weekday()) {
			result.rejectValue("weekday", "WeekdayMismatch");
		}
		List<Facilitator> facilitators = chosenFacilitators(pmpForm.clinicianIds(), pmpForm.ptvIdsOrEmpty(), result);
		if (pmpForm.clinicianIds() != null && !pmpForm.clinicianIds().contains(user.accountId())) {
			result.rejectValue("clinicianIds", "CreatorNotFacilitator");
		}
		if (result.hasErrors()) {
			return formView(model);
		}
		long id = this.service.create(new PmpPlan(pmpForm.name(), pmpForm.site(), first, pmpForm.sessionCount(),
				TimeInput.parse(pmpForm.startTime()), facilitators), user);
		redirect.addFlashAttribute("flash", "pmp.created");
		return "redirect:/pmps/" + id;
	}

	@GetMapping("/pmps/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("pmp", this.service.detail(id, user));
		model.addAttribute("today", this.service.today());
		return "programme/show";
	}

	@GetMapping("/pmps/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("pmpDetailsForm", this.service.detailsForm(id, user));
		return editView(id, model);
	}

	@PostMapping("/pmps/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute PmpDetailsForm pmpDetailsForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		List<Facilitator> facilitators = chosenFacilitators(pmpDetailsForm.clinicianIds(),
				pmpDetailsForm.ptvIdsOrEmpty(), result);
		if (result.hasErrors()) {
			this.service.checkCanManage(id, user);
			return editView(id, model);
		}
		this.service.changeDetails(id, pmpDetailsForm, facilitators, user);
		redirect.addFlashAttribute("flash", "pmp.updated");
		return "redirect:/pmps/" + id;
	}

	private List<Facilitator> chosenFacilitators(List<Long> clinicianIds, List<Long> ptvIds, BindingResult result) {
		if (clinicianIds == null) {
			return List.of();
		}
		List<Facilitator> chosen = this.service.facilitators(clinicianIds, ptvIds);
		if (chosen == null) {
			result.rejectValue("clinicianIds", "UnknownFacilitator");
		}
		return chosen;
	}

	private String formView(Model model) {
		model.addAttribute("clinicians", this.service.clinicianOptions());
		model.addAttribute("ptvs", this.service.ptvOptions());
		model.addAttribute("weekdays", java.time.DayOfWeek.values());
		return "programme/new";
	}

	private String editView(long id, Model model) {
		model.addAttribute("pmpId", id);
		model.addAttribute("clinicians", this.service.clinicianOptions());
		model.addAttribute("ptvs", this.service.ptvOptions());
		return "programme/edit";
	}

}
