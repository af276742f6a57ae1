package org.followon.group;

/**
 * Why someone left a group: optional, and the same coded list the network's summaries
 * use.
 */
enum LeavingReason {

	NO_CONNECTION, COMMITMENTS, HEALTH, TRAVEL_OR_TIME, LOST_CONTACT, GROUP_STOPPED, OTHER_SUPPORT, PREFER_NOT_TO_SAY,
	OTHER

}
