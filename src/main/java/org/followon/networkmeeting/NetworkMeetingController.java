package org.followon.networkmeeting;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff schedule, change and cancel network meetings, and send the invitations. */
@Controller
class NetworkMeetingController {

	private final NetworkMeetingService service;

	NetworkMeetingController(NetworkMeetingService service) {
		this.service = service;
	}

	@GetMapping("/network/meetings")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("meetings", this.service.list(user));
		return "networkmeeting/meetings";
	}

	@InitBinder("networkMeetingForm")
	void networkMeetingFormValidator(WebDataBinder binder) {
		binder.addValidators(new NetworkMeetingFormValidator(this.service.today()));
	}

	@GetMapping("/network/meetings/new")
	String scheduleForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		NetworkMeetingService.staff(user);
		model.addAttribute("networkMeetingForm", NetworkMeetingForm.blank());
		return "networkmeeting/form";
	}

	@PostMapping("/network/meetings/new")
	String schedule(@Valid @ModelAttribute NetworkMeetingForm networkMeetingForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		NetworkMeetingService.staff(user);
		if (result.hasErrors()) {
			return "networkmeeting/form";
		}
		long id = this.service.schedule(networkMeetingForm.details(), user);
		redirect.addFlashAttribute("flash", "networkMeeting.scheduled");
		return "redirect:/network/meetings/" + id;
	}

	@GetMapping("/network/meetings/{meetingId}")
	String show(@PathVariable long meetingId, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("page", this.service.page(meetingId, user));
		return "networkmeeting/meeting";
	}

	@GetMapping("/network/meetings/{meetingId}/edit")
	String changeForm(@PathVariable long meetingId, @AuthenticationPrincipal SignedInUser user, Model model) {
		NetworkMeeting meeting = this.service.meeting(meetingId, user);
		model.addAttribute("networkMeetingForm", NetworkMeetingForm.of(meeting.details(), meeting.getVersion()));
		model.addAttribute("meetingId", meetingId);
		return "networkmeeting/form";
	}

	@PostMapping("/network/meetings/{meetingId}/edit")
	String change(@PathVariable long meetingId, @Valid @ModelAttribute NetworkMeetingForm networkMeetingForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		this.service.meeting(meetingId, user);
		if (result.hasErrors()) {
			model.addAttribute("meetingId", meetingId);
			return "networkmeeting/form";
		}
		this.service.change(meetingId, networkMeetingForm.details(), networkMeetingForm.version(), user);
		redirect.addFlashAttribute("flash", "networkMeeting.changed");
		return "redirect:/network/meetings/" + meetingId;
	}

	@GetMapping("/network/meetings/{meetingId}/cancel")
	String cancelForm(@PathVariable long meetingId, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("page", this.service.page(meetingId, user));
		return "networkmeeting/cancel";
	}

	@PostMapping("/network/meetings/{meetingId}/cancel")
	String cancel(@PathVariable long meetingId, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.service.cancel(meetingId, version, user);
		redirect.addFlashAttribute("flash", "networkMeeting.cancelled");
		return "redirect:/network/meetings/" + meetingId;
	}

	@PostMapping("/network/meetings/{meetingId}/invitations")
	String invite(@PathVariable long meetingId, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		int sent = this.service.invite(meetingId, version, user);
		redirect.addFlashAttribute("flash", sent == 0 ? "networkMeeting.invitedNobody" : "networkMeeting.invited");
		return "redirect:/network/meetings/" + meetingId;
	}

}
