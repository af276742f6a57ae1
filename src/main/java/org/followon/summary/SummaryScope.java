package org.followon.summary;

import java.util.List;

/**
 * Whose PMPs and groups a summary counts: the whole network (staff), or a list of PMPs
 * and groups (a clinician's own PMPs and the groups formed from them). The SQL conditions
 * are fixed text; the ids are bound as parameters.
 */
record SummaryScope(boolean wholeNetwork, List<Long> pmpIds, List<Long> groupIds) {

	static SummaryScope all() {
		return new SummaryScope(true, List.of(), List.of());
	}

	static SummaryScope of(List<Long> pmpIds, List<Long> groupIds) {
		return new SummaryScope(false, List.copyOf(pmpIds), List.copyOf(groupIds));
	}

	/** The condition that a PMP id column is in scope. */
	String pmps(String column) {
		return this.wholeNetwork ? "true" : column + " = any(:pmpIds)";
	}

	/** The condition that a group id column is in scope. */
	String groups(String column) {
		return this.wholeNetwork ? "true" : column + " = any(:groupIds)";
	}

	Long[] pmpIdArray() {
		return this.pmpIds.toArray(Long[]::new);
	}

	Long[] groupIdArray() {
		return this.groupIds.toArray(Long[]::new);
	}

}
