package org.followon.networkmeeting;

/** What an invitee says about coming to a network meeting. */
enum NetworkMeetingAnswer {

	GOING, MAYBE, NOT_GOING

}
