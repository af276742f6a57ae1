package org.followon.networkmeeting;

/**
 * Whether an invitation email has gone: waiting for the commit, sent, or refused by the
 * mail server.
 */
enum NetworkMeetingInviteStatus {

	WAITING, SENT, NOT_SENT

}
