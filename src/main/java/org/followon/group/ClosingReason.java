package org.followon.group;

import java.util.Arrays;
import java.util.List;

/** Why a coordinator or staff closed a group, or an import said it had folded. */
enum ClosingReason {

	STOPPED_MEETING, TOO_FEW_MEMBERS, NO_COORDINATOR, JOINED_ANOTHER_GROUP, MEMBERS_DECIDED, OTHER,
	/**
	 * Set by an import only: the service's records say the group stopped meeting before
	 * the app.
	 */
	IMPORTED_AS_FOLDED;

	/** The reasons a person can choose when closing a group. */
	static List<ClosingReason> chosenByPeople() {
		return Arrays.stream(values()).filter((r) -> r != IMPORTED_AS_FOLDED).toList();
	}

}
