package org.followon.group;

/** Why a coordinator or staff closed a group. */
enum ClosingReason {

	STOPPED_MEETING, TOO_FEW_MEMBERS, NO_COORDINATOR, JOINED_ANOTHER_GROUP, MEMBERS_DECIDED, OTHER

}
