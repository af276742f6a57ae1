package org.followon.handover;

/**
 * Why someone decided a group is not for them; optional, coded for the network's
 * summaries.
 */
enum NotJoiningReason {

	NO_CONNECTION, COMMITMENTS, HEALTH, TRAVEL_OR_TIME, OTHER_SUPPORT, PREFER_NOT_TO_SAY, OTHER

}
