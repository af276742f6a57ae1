package org.followon.networkmeeting;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page an invitation's link opens, without signing in: the link is the key. */
@Controller
class NetworkMeetingRsvpController {

	private final NetworkMeetingRsvps rsvps;

	NetworkMeetingRsvpController(NetworkMeetingRsvps rsvps) {
		this.rsvps = rsvps;
	}

	@GetMapping("/network/rsvp/{token}")
	String page(@PathVariable String token, Model model) {
		NetworkMeetingViews.Rsvp rsvp = this.rsvps.page(token);
		model.addAttribute("networkMeetingRsvpForm", new NetworkMeetingRsvpForm(rsvp.answer()));
		return view(token, rsvp, model);
	}

	@PostMapping("/network/rsvp/{token}")
	String answer(@PathVariable String token, @Valid @ModelAttribute NetworkMeetingRsvpForm networkMeetingRsvpForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		NetworkMeetingViews.Rsvp rsvp = this.rsvps.page(token);
		if (result.hasErrors()) {
			return view(token, rsvp, model);
		}
		if (this.rsvps.answer(token, networkMeetingRsvpForm.answer())) {
			redirect.addFlashAttribute("flash", "networkMeeting.rsvp.saved");
		}
		return "redirect:/network/rsvp/" + token;
	}

	@PostMapping("/network/rsvp/{token}/stop")
	String stop(@PathVariable String token, RedirectAttributes redirect) {
		this.rsvps.stop(token);
		redirect.addFlashAttribute("flash", "networkMeeting.rsvp.stopped");
		return "redirect:/network/rsvp/" + token;
	}

	private static String view(String token, NetworkMeetingViews.Rsvp rsvp, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("rsvp", rsvp);
		model.addAttribute("answers", NetworkMeetingAnswer.values());
		return "networkmeeting/rsvp";
	}

}
