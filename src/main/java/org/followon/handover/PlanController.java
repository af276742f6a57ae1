package org.followon.handover;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;
import org.followon.programme.PmpSummary;
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

/**
 * Step 3 before confirmation: the groups the cohort will form, and referrals to existing
 * groups.
 */
@Controller
class PlanController {

	private final HandoverService handovers;

	private final PlanService plans;

	private final HandoverViews views;

	PlanController(HandoverService handovers, PlanService plans, HandoverViews views) {
		this.handovers = handovers;
		this.plans = plans;
		this.views = views;
	}

	@InitBinder("groupForm")
	void groupFormValidator(WebDataBinder binder, @PathVariable long id,
			@PathVariable(required = false) Long plannedId) {
		binder.addValidators(new GroupFormValidator(this.plans, id, plannedId));
	}

	@InitBinder("referralForm")
	void referralFormValidator(WebDataBinder binder, @PathVariable long id) {
		binder.addValidators(new ReferralFormValidator(this.plans, id));
	}

	@GetMapping("/pmps/{id}/handover/groups/new")
	String newGroup(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		PmpSummary pmp = this.handovers.pmp(id, user);
		List<Long> joining = this.plans.placeable(id, null).stream().map((d) -> d.participant().id()).toList();
		model.addAttribute("groupForm", new GroupForm(null, joining, List.of(), List.of(), null, null, null, null, null,
				null, null, null, null, pmp.ptvIds().size() == 1 ? pmp.ptvIds().get(0) : null, null));
		return groupView(pmp, null, model);
	}

	@PostMapping("/pmps/{id}/handover/groups/new")
	String createGroup(@PathVariable long id, @Valid @ModelAttribute GroupForm groupForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		return saveGroup(id, null, groupForm, result, user, model, redirect);
	}

	@GetMapping("/pmps/{id}/handover/groups/{plannedId}")
	String editGroup(@PathVariable long id, @PathVariable long plannedId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		PmpSummary pmp = this.handovers.pmp(id, user);
		PlannedGroup planned = this.plans.plannedGroup(id, plannedId);
		model.addAttribute("groupForm", GroupForm.of(planned.plan(), planned.getVersion()));
		return groupView(pmp, plannedId, model);
	}

	@PostMapping("/pmps/{id}/handover/groups/{plannedId}")
	String updateGroup(@PathVariable long id, @PathVariable long plannedId, @Valid @ModelAttribute GroupForm groupForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		this.handovers.pmp(id, user);
		this.plans.plannedGroup(id, plannedId);
		return saveGroup(id, plannedId, groupForm, result, user, model, redirect);
	}

	@PostMapping("/pmps/{id}/handover/groups/{plannedId}/remove")
	String removeGroup(@PathVariable long id, @PathVariable long plannedId, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.plans.remove(id, plannedId, user);
		redirect.addFlashAttribute("flash", "handover.group.removed");
		return "redirect:/pmps/" + id + "/handover";
	}

	private String saveGroup(long id, Long plannedId, GroupForm form, BindingResult result, SignedInUser user,
			Model model, RedirectAttributes redirect) {
		PmpSummary pmp = this.handovers.pmp(id, user);
		if (result.hasErrors()) {
			return groupView(pmp, plannedId, model);
		}
		LocalDate on = DateInput.parse(form.day(), form.month(), form.year());
		GroupPlan plan = new GroupPlan(form.name(), form.memberIds(), form.coordinatorIds(),
				form.coCoordinatorIdsOrEmpty(), form.frequency(), form.usualTime(), form.channel(), on,
				TimeInput.parse(form.time()), form.venue(), form.link(), form.supportingPtvId());
		this.plans.save(id, plannedId, plan, form.version(), user);
		redirect.addFlashAttribute("flash", "handover.group.saved");
		return "redirect:/pmps/" + id + "/handover";
	}

	private String groupView(PmpSummary pmp, Long plannedId, Model model) {
		model.addAttribute("page", this.views.groupForm(pmp, plannedId));
		return "handover/group-form";
	}

	@GetMapping("/pmps/{id}/handover/referrals/new")
	String newReferral(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("referralForm", new ReferralForm(null, null, null));
		return referralView(this.handovers.pmp(id, user), model);
	}

	@PostMapping("/pmps/{id}/handover/referrals/new")
	String refer(@PathVariable long id, @Valid @ModelAttribute ReferralForm referralForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		PmpSummary pmp = this.handovers.pmp(id, user);
		if (result.hasErrors()) {
			return referralView(pmp, model);
		}
		this.plans.refer(id, referralForm.participantId(), referralForm.groupId(), referralForm.note(), user);
		redirect.addFlashAttribute("flash", "handover.referral.saved");
		return "redirect:/pmps/" + id + "/handover";
	}

	@PostMapping("/pmps/{id}/handover/referrals/{referralId}/remove")
	String removeReferral(@PathVariable long id, @PathVariable long referralId,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.plans.removeReferral(id, referralId, user);
		redirect.addFlashAttribute("flash", "handover.referral.removed");
		return "redirect:/pmps/" + id + "/handover";
	}

	private String referralView(PmpSummary pmp, Model model) {
		model.addAttribute("page", this.views.referralForm(pmp));
		return "handover/referral-form";
	}

}
