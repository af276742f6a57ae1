package org.followon.programme;

import java.time.DayOfWeek;
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
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
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

	@InitBinder("pmpForm")
	void pmpFormValidator(WebDataBinder binder, @AuthenticationPrincipal SignedInUser user) {
		binder.addValidators(new PmpFormValidator(this.service, user));
	}

	@InitBinder("pmpDetailsForm")
	void pmpDetailsFormValidator(WebDataBinder binder) {
		binder.addValidators(new PmpDetailsFormValidator(this.service));
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
		if (result.hasErrors()) {
			return formView(model);
		}
		LocalDate first = DateInput.parse(pmpForm.firstDay(), pmpForm.firstMonth(), pmpForm.firstYear());
		List<Facilitator> facilitators = this.service.facilitators(pmpForm.clinicianIds(), pmpForm.ptvIdsOrEmpty());
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
		if (result.hasErrors()) {
			this.service.checkCanManage(id, user);
			return editView(id, model);
		}
		List<Facilitator> facilitators = this.service.facilitators(pmpDetailsForm.clinicianIds(),
				pmpDetailsForm.ptvIdsOrEmpty());
		this.service.changeDetails(id, pmpDetailsForm, facilitators, user);
		redirect.addFlashAttribute("flash", "pmp.updated");
		return "redirect:/pmps/" + id;
	}

	private String formView(Model model) {
		model.addAttribute("clinicians", this.service.clinicianOptions());
		model.addAttribute("ptvs", this.service.ptvOptions());
		model.addAttribute("weekdays", DayOfWeek.values());
		return "programme/new";
	}

	private String editView(long id, Model model) {
		model.addAttribute("pmpId", id);
		model.addAttribute("clinicians", this.service.clinicianOptions());
		model.addAttribute("ptvs", this.service.ptvOptions());
		return "programme/edit";
	}

}
