package org.followon.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.followon.group.GroupStatus;

/**
 * One group on the staff dashboard. {@code status} and {@code statusSince} are named as
 * the group module's status tag fragment reads them; {@code coordinators} are the names
 * the coordinators and co-coordinators go by in the group.
 */
record DashboardRow(long id, String name, String area, GroupStatus status, LocalDate statusSince, int members,
		List<String> coordinators, LocalDate lastMetOn, DashboardTrend trend, int pendingRequests) {

	/**
	 * A group still going with nobody organising it: a folded group needs no coordinator.
	 */
	public boolean noCoordinator() {
		return this.coordinators.isEmpty() && this.status != GroupStatus.FOLDED;
	}

}
