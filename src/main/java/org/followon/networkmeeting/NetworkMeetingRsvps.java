package org.followon.networkmeeting;

import java.time.Clock;
import java.time.LocalDate;

import org.followon.account.SecretTokens;
import org.followon.group.Groups;
import org.followon.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An invitee's own page, reached from their emailed link without signing in: the link's
 * token is the key, so an unknown one is "not found". They answer, change their answer
 * until the meeting, or ask us to stop inviting them.
 */
@Service
@Transactional(readOnly = true)
class NetworkMeetingRsvps {

	private final NetworkMeetingInviteeRepository invitees;

	private final NetworkMeetingRepository meetings;

	private final NetworkMeetingAudience audience;

	private final Groups groups;

	private final Clock clock;

	NetworkMeetingRsvps(NetworkMeetingInviteeRepository invitees, NetworkMeetingRepository meetings,
			NetworkMeetingAudience audience, Groups groups, Clock clock) {
		this.invitees = invitees;
		this.meetings = meetings;
		this.audience = audience;
		this.groups = groups;
		this.clock = clock;
	}

	NetworkMeetingViews.Rsvp page(String token) {
		NetworkMeetingInvitee invitee = invitee(token);
		NetworkMeeting meeting = this.meetings.findById(invitee.getNetworkMeetingId()).orElseThrow();
		return new NetworkMeetingViews.Rsvp(invitee.getKnownAs(), meeting.details(), meeting.isCancelled(),
				meeting.isOpenForAnswers(LocalDate.now(this.clock)), invitee.getAnswer());
	}

	/**
	 * Records the answer; false if the meeting is over or cancelled, and nothing changes.
	 */
	@Transactional
	boolean answer(String token, NetworkMeetingAnswer answer) {
		NetworkMeetingInvitee invitee = invitee(token);
		NetworkMeeting meeting = this.meetings.findById(invitee.getNetworkMeetingId()).orElseThrow();
		if (!meeting.isOpenForAnswers(LocalDate.now(this.clock))) {
			return false;
		}
		invitee.answer(answer, this.clock.instant());
		return true;
	}

	/**
	 * No more invitations to this address: as a past participant, and as a member of any
	 * group.
	 */
	@Transactional
	void stop(String token) {
		NetworkMeetingInvitee invitee = invitee(token);
		this.audience.optOut(invitee.getEmail(), this.clock.instant());
		this.groups.stopNetworkInvitations(invitee.getEmail());
	}

	private NetworkMeetingInvitee invitee(String token) {
		return this.invitees.findByTokenHash(SecretTokens.hash(token))
			.orElseThrow(() -> new NotFoundException("Network meeting invitation", "token"));
	}

}
