package org.followon.handover;

import java.time.DayOfWeek;
import java.util.List;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;
import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.group.VenueType;
import org.followon.programme.PmpParticipant;
import org.followon.programme.PmpSummary;

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

/** Step 2: the room's summary, and one participant's decision at a time. */
@Controller
class DiscussionController {

	private final HandoverService handovers;

	private final DiscussionService discussion;

	DiscussionController(HandoverService handovers, DiscussionService discussion) {
		this.handovers = handovers;
		this.discussion = discussion;
	}

	@GetMapping("/pmps/{id}/handover/discuss")
	String discuss(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		PmpSummary pmp = this.handovers.pmp(id, user);
		List<DiscussionService.ParticipantDecision> decisions = this.discussion.decisions(id);
		model.addAttribute("pmp", pmp);
		model.addAttribute("decisions", decisions);
		model.addAttribute("summary", this.discussion.summary(decisions));
		model.addAttribute("handedOver", this.handovers.handover(id).isHandedOver());
		return "handover/discuss";
	}

	@GetMapping("/pmps/{id}/handover/discuss/{participantId}")
	String decisionForm(@PathVariable long id, @PathVariable long participantId,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		PmpSummary pmp = this.handovers.pmp(id, user);
		model.addAttribute("decisionForm", this.discussion.form(id, participantId));
		return formView(pmp, participantId, model);
	}

	@PostMapping("/pmps/{id}/handover/discuss/{participantId}")
	String decide(@PathVariable long id, @PathVariable long participantId,
			@Valid @ModelAttribute DecisionForm decisionForm, BindingResult result,
			@RequestParam(required = false) String next, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		PmpSummary pmp = this.handovers.pmp(id, user);
		if (result.hasErrors()) {
			return formView(pmp, participantId, model);
		}
		this.discussion.decide(id, participantId, decisionForm, user);
		redirect.addFlashAttribute("flash", "handover.decision.saved");
		Long following = nextParticipant(id, participantId);
		if (next != null && following != null) {
			return "redirect:/pmps/" + id + "/handover/discuss/" + following;
		}
		return "redirect:/pmps/" + id + "/handover/discuss";
	}

	private Long nextParticipant(long pmpId, long participantId) {
		List<Long> ids = this.discussion.decisions(pmpId).stream().map((d) -> d.participant().id()).toList();
		int at = ids.indexOf(participantId);
		return at >= 0 && at + 1 < ids.size() ? ids.get(at + 1) : null;
	}

	private String formView(PmpSummary pmp, long participantId, Model model) {
		PmpParticipant participant = this.discussion.participant(pmp.id(), participantId);
		model.addAttribute("pmp", pmp);
		model.addAttribute("participant", participant);
		model.addAttribute("hasNext", nextParticipant(pmp.id(), participantId) != null);
		model.addAttribute("handedOver", this.handovers.handover(pmp.id()).isHandedOver());
		model.addAttribute("history", this.discussion.history(participantId));
		model.addAttribute("choices", Choice.values());
		model.addAttribute("reasons", NotJoiningReason.values());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("dayParts", DayPart.values());
		model.addAttribute("venueTypes", VenueType.values());
		model.addAttribute("frequencies", Frequency.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("roles", OrganisingRole.values());
		return "handover/decision";
	}

}
