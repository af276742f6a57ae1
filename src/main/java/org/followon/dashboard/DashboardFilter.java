package org.followon.dashboard;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.followon.group.GroupStatus;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What staff asked the dashboard for, read leniently from the query string: an unknown
 * status, sort or page is ignored rather than refused, so nothing typed into the address
 * bar fails.
 *
 * @param statuses the statuses to show (none ticked: every status)
 * @param area one area exactly as the groups give it, or null for every area
 * @param oldestFirst sort by last meeting, oldest first (newest first otherwise)
 * @param page from 1
 */
record DashboardFilter(Set<GroupStatus> statuses, String area, boolean oldestFirst, int page) {

	static final String OLDEST = "oldest";

	static DashboardFilter of(List<String> status, String area, String sort, String page) {
		Set<GroupStatus> statuses = EnumSet.noneOf(GroupStatus.class);
		if (status != null) {
			for (String s : status) {
				for (GroupStatus known : GroupStatus.values()) {
					if (known.name().equals(s)) {
						statuses.add(known);
					}
				}
			}
		}
		String chosenArea = area == null || area.isBlank() ? null : area.strip();
		return new DashboardFilter(statuses, chosenArea, OLDEST.equals(sort), pageNumber(page));
	}

	private static int pageNumber(String page) {
		if (page == null || !page.matches("\\d{1,6}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(page));
	}

	boolean shows(GroupStatus status) {
		return this.statuses.isEmpty() || this.statuses.contains(status);
	}

	/** This dashboard with the same filters, at another page. */
	public String link(int toPage) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/network/groups");
		this.statuses.forEach((s) -> link.queryParam("status", s.name()));
		if (this.area != null) {
			link.queryParam("area", this.area);
		}
		if (this.oldestFirst) {
			link.queryParam("sort", OLDEST);
		}
		return link.queryParam("page", toPage).encode().build().toUriString();
	}

	public boolean ticked(String status) {
		return this.statuses.stream().anyMatch((s) -> s.name().equals(status));
	}

}
