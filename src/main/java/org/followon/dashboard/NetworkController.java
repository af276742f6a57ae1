package org.followon.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Staff's way into the network: the dashboard, the summary, imports and network meetings.
 */
@Controller
class NetworkController {

	@GetMapping("/network")
	String network() {
		return "dashboard/network";
	}

}
