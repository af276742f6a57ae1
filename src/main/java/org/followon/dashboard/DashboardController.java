package org.followon.dashboard;

import java.util.List;

import org.followon.group.GroupStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff dashboard of every group (staff only, see account/SecurityConfiguration). */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	DashboardController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/network/groups")
	String dashboard(@RequestParam(required = false) List<String> status, @RequestParam(required = false) String area,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page, Model model) {
		DashboardFilter filter = DashboardFilter.of(status, area, sort, page);
		Dashboard.Page shown = this.dashboard.page(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("dashboard", shown);
		model.addAttribute("statuses", GroupStatus.values());
		return "dashboard/groups";
	}

}
