package org.followon.concern;

import org.followon.account.Accounts;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The duty rota, kept by staff: who among the clinicians and staff reads and answers
 * concerns.
 */
@Controller
class DutyTeamController {

	static final String PATH = "/concerns/duty-team";

	private final Accounts accounts;

	DutyTeamController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping(PATH)
	String rota(Model model) {
		model.addAttribute("people", this.accounts.dutyRota());
		return "concern/duty-team";
	}

	@PostMapping(PATH)
	String change(@RequestParam(required = false) Long accountId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) Boolean duty, RedirectAttributes redirect) {
		if (accountId == null || version == null || duty == null) {
			throw new NotFoundException("Account", accountId);
		}
		if (!this.accounts.changeDuty(accountId, version, duty)) {
			throw new EditClashException(PATH);
		}
		redirect.addFlashAttribute("flash", duty ? "concern.flash.dutyAdded" : "concern.flash.dutyRemoved");
		return "redirect:" + PATH;
	}

}
