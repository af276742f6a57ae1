package org.followon.programme;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Enrolling participants on a PMP, changing their details and withdrawing them. */
@Controller
class ParticipantController {

	private final PmpService service;

	ParticipantController(PmpService service) {
		this.service = service;
	}

	@GetMapping("/pmps/{id}/participants/new")
	String newParticipant(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		this.service.checkCanManage(id, user);
		model.addAttribute("participantForm", ParticipantForm.empty());
		return formView(id, null, model);
	}

	@PostMapping("/pmps/{id}/participants/new")
	String enrol(@PathVariable long id, @Valid @ModelAttribute ParticipantForm participantForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		this.service.checkCanManage(id, user);
		if (result.hasErrors()) {
			return formView(id, null, model);
		}
		this.service.enrol(id, participantForm.details(), user);
		redirect.addFlashAttribute("flash", "participant.enrolled");
		return "redirect:/pmps/" + id + "#participants";
	}

	@GetMapping("/pmps/{id}/participants/{participantId}/edit")
	String edit(@PathVariable long id, @PathVariable long participantId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		model.addAttribute("participantForm", ParticipantForm.of(this.service.participant(id, participantId, user)));
		return formView(id, participantId, model);
	}

	@PostMapping("/pmps/{id}/participants/{participantId}/edit")
	String update(@PathVariable long id, @PathVariable long participantId,
			@Valid @ModelAttribute ParticipantForm participantForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		this.service.participant(id, participantId, user);
		if (result.hasErrors()) {
			return formView(id, participantId, model);
		}
		this.service.changeParticipant(id, participantId, participantForm, user);
		redirect.addFlashAttribute("flash", "participant.updated");
		return "redirect:/pmps/" + id + "#participants";
	}

	@GetMapping("/pmps/{id}/participants/{participantId}/withdraw")
	String withdrawForm(@PathVariable long id, @PathVariable long participantId,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("pmpId", id);
		model.addAttribute("participant",
				PmpViews.ParticipantRow.of(this.service.participant(id, participantId, user)));
		return "programme/withdraw-participant";
	}

	@PostMapping("/pmps/{id}/participants/{participantId}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long participantId, @RequestParam long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.service.withdraw(id, participantId, version, user);
		redirect.addFlashAttribute("flash", "participant.withdrawn");
		return "redirect:/pmps/" + id + "#participants";
	}

	private String formView(long id, Long participantId, Model model) {
		model.addAttribute("pmpId", id);
		model.addAttribute("participantId", participantId);
		model.addAttribute("genders", Gender.values());
		model.addAttribute("ageBands", AgeBand.values());
		return "programme/participant-form";
	}

}
