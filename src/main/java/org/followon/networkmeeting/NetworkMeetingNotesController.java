package org.followon.networkmeeting;

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

/** After a network meeting: staff's notes, and what each group shared. */
@Controller
class NetworkMeetingNotesController {

	private final NetworkMeetingService service;

	private final NetworkMeetingSharing sharing;

	NetworkMeetingNotesController(NetworkMeetingService service, NetworkMeetingSharing sharing) {
		this.service = service;
		this.sharing = sharing;
	}

	@GetMapping("/network/meetings/{meetingId}/notes")
	String notesForm(@PathVariable long meetingId, @AuthenticationPrincipal SignedInUser user, Model model) {
		NetworkMeeting meeting = this.service.meeting(meetingId, user);
		model.addAttribute("networkMeetingNotesForm",
				new NetworkMeetingNotesForm(meeting.getNotes(), meeting.getVersion()));
		return notesView(meeting, model);
	}

	@PostMapping("/network/meetings/{meetingId}/notes")
	String notes(@PathVariable long meetingId, @Valid @ModelAttribute NetworkMeetingNotesForm networkMeetingNotesForm,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		NetworkMeeting meeting = this.service.meeting(meetingId, user);
		if (result.hasErrors()) {
			return notesView(meeting, model);
		}
		this.service.recordNotes(meetingId, networkMeetingNotesForm.notes(), networkMeetingNotesForm.version(), user);
		redirect.addFlashAttribute("flash", "networkMeeting.notes.saved");
		return "redirect:/network/meetings/" + meetingId;
	}

	/** A new entry, or with {@code entry} the one to correct. */
	@GetMapping("/network/meetings/{meetingId}/shared")
	String sharedForm(@PathVariable long meetingId, @RequestParam(required = false) Long entry,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		NetworkMeeting meeting = this.service.meeting(meetingId, user);
		NetworkMeetingShared existing = entry == null ? null : this.sharing.entry(meetingId, entry);
		model.addAttribute("networkMeetingSharedForm",
				existing == null ? new NetworkMeetingSharedForm(null, null, null, null) : new NetworkMeetingSharedForm(
						existing.getId(), existing.getGroupId(), existing.getWhat(), existing.getVersion()));
		return sharedView(meeting, model);
	}

	@PostMapping("/network/meetings/{meetingId}/shared")
	String shared(@PathVariable long meetingId,
			@Valid @ModelAttribute NetworkMeetingSharedForm networkMeetingSharedForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		NetworkMeeting meeting = this.service.meeting(meetingId, user);
		if (result.hasErrors()) {
			return sharedView(meeting, model);
		}
		this.sharing.save(meetingId, networkMeetingSharedForm);
		redirect.addFlashAttribute("flash", "networkMeeting.shared.saved");
		return "redirect:/network/meetings/" + meetingId;
	}

	@PostMapping("/network/meetings/{meetingId}/shared/remove")
	String remove(@PathVariable long meetingId, @RequestParam(required = false) Long entry,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		this.service.meeting(meetingId, user);
		this.sharing.remove(meetingId, entry, version);
		redirect.addFlashAttribute("flash", "networkMeeting.shared.removed");
		return "redirect:/network/meetings/" + meetingId;
	}

	private String notesView(NetworkMeeting meeting, Model model) {
		model.addAttribute("meetingId", meeting.getId());
		model.addAttribute("meeting", meeting.details());
		return "networkmeeting/notes";
	}

	private String sharedView(NetworkMeeting meeting, Model model) {
		model.addAttribute("meetingId", meeting.getId());
		model.addAttribute("meeting", meeting.details());
		model.addAttribute("groups", this.sharing.groupChoices());
		return "networkmeeting/shared";
	}

}
