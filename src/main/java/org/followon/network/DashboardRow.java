package org.followon.network;

import java.time.LocalDate;

import org.followon.group.GroupStatus;

/**
 * One group on the staff dashboard. {@code status} and {@code statusSince} are named as the
 * group module's status tag fragment reads them.
 */
record DashboardRow(long id, String name, String area, GroupStatus status, LocalDate statusSince, int members,
		int coordinators, LocalDate lastMetOn, DashboardTrend trend, int pendingRequests) {

	public boolean noCoordinator() {
		return this.coordinators == 0;
	}

}
