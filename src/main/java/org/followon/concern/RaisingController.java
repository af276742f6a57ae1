package org.followon.concern;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.followon.account.SignedInUser;
import org.followon.group.GroupAccess;
import org.followon.group.GroupSummary;
import org.followon.system.FollowOnSettings;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
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

/**
 * Raising a concern, and the raiser's own list and concern pages. If saving fails for any
 * reason, the person is told plainly that it was not sent and how to reach the service
 * instead.
 */
@Controller
class RaisingController {

	private static final Log log = LogFactory.getLog(RaisingController.class);

	private final Concerns concerns;

	private final ConcernSettings settings;

	private final String servicePhone;

	private final String serviceEmail;

	RaisingController(Concerns concerns, ConcernSettings settings, FollowOnSettings shared) {
		this.concerns = concerns;
		this.settings = settings;
		this.servicePhone = shared.service().phone();
		this.serviceEmail = shared.serviceInbox();
	}

	@ModelAttribute
	void service(Model model) {
		model.addAttribute("servicePhone", this.servicePhone);
		model.addAttribute("serviceEmail", this.serviceEmail);
		model.addAttribute("serviceHours", this.settings.serviceHoursText());
	}

	@InitBinder("concernForm")
	void concernFormValidator(WebDataBinder binder) {
		binder.addValidators(new ConcernFormValidator());
	}

	@GetMapping("/concerns/new")
	String form(@RequestParam(name = "group", required = false) Long groupId,
			@AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response) {
		try {
			Optional<GroupAccess> group = this.concerns.groupFor(groupId, user.accountId());
			if (group.isEmpty()) {
				List<GroupSummary> mine = this.concerns.groupsOf(user.accountId());
				group = mine.size() == 1 ? this.concerns.groupFor(mine.get(0).id(), user.accountId())
						: Optional.empty();
				model.addAttribute("groupChoices", mine.size() > 1 ? mine : List.of());
			}
			model.addAttribute("concernForm", ConcernForm.empty(group.map(GroupAccess::groupId).orElse(null)));
			return page(group, user, model);
		}
		catch (DataAccessException | TransactionException ex) {
			// The form cannot even be shown: say so at once, with the other ways to get
			// help.
			log.error("The concern form could not be shown (" + ex.getClass().getName() + ")");
			model.addAttribute("cannotRaise", true);
			return notSent(response);
		}
	}

	@PostMapping("/concerns/new")
	String raise(@Valid ConcernForm concernForm, BindingResult errors, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Optional<GroupAccess> group = this.concerns.groupFor(concernForm.group(), user.accountId());
			if (errors.hasErrors()) {
				return page(group, user, model);
			}
			NewConcern concern;
			try {
				concern = concernForm.concern(group.map(GroupAccess::groupId).orElse(null),
						group.map((g) -> this.concerns.othersIn(g, user.accountId())).orElse(List.of()),
						user.displayName(), this.concerns.accountEmail(user.accountId()).orElse(null));
			}
			catch (NotAGroupMemberException ex) {
				ex.rejectOn(errors);
				return page(group, user, model);
			}
			long id = this.concerns.raise(user.accountId(), concern);
			redirect.addFlashAttribute("flash", "concern.flash.sent");
			return "redirect:/concerns/mine/" + id;
		}
		catch (RuntimeException ex) {
			// Whatever went wrong, nothing was saved: say so, with the other ways to get
			// help.
			log.error("A concern could not be saved (" + ex.getClass().getName() + ")");
			return notSent(response);
		}
	}

	private static String notSent(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		return "concern/not-sent";
	}

	private String page(Optional<GroupAccess> group, SignedInUser user, Model model) {
		model.addAttribute("group", group.orElse(null));
		model.addAttribute("others", group.map((g) -> this.concerns.othersIn(g, user.accountId())).orElse(List.of()));
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("knows", PersonKnows.values());
		model.addAttribute("contactWays", ContactBy.values());
		return "concern/new";
	}

	@GetMapping("/concerns/mine")
	String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("concerns", this.concerns.mine(user.accountId()));
		return "concern/mine";
	}

	@GetMapping("/concerns/mine/{id}")
	String one(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("concern", this.concerns.mine(user.accountId(), id));
		return "concern/show-mine";
	}

}
