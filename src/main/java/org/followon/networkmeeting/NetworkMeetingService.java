package org.followon.networkmeeting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.followon.account.Role;
import org.followon.account.SecretTokens;
import org.followon.account.SignedInUser;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Network meetings for staff: scheduling, changing and cancelling one (those invited are
 * told), inviting everyone who agreed (once each; later only those not yet invited) and
 * the page that shows who is coming and what was noted. Answers by invitees are in
 * {@link NetworkMeetingRsvps}.
 */
@Service
@Transactional(readOnly = true)
class NetworkMeetingService {

	private final NetworkMeetingRepository meetings;

	private final NetworkMeetingInviteeRepository invitees;

	private final NetworkMeetingAudience audience;

	private final NetworkMeetingMails mailer;

	private final NetworkMeetingSharing sharing;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	NetworkMeetingService(NetworkMeetingRepository meetings, NetworkMeetingInviteeRepository invitees,
			NetworkMeetingAudience audience, NetworkMeetingMails mailer, NetworkMeetingSharing sharing, Clock clock) {
		this.meetings = meetings;
		this.invitees = invitees;
		this.audience = audience;
		this.mailer = mailer;
		this.sharing = sharing;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Upcoming meetings soonest first, then past ones latest first. */
	NetworkMeetingViews.Lists list(SignedInUser user) {
		staff(user);
		LocalDate today = today();
		return new NetworkMeetingViews.Lists(
				this.meetings.findByHeldOnGreaterThanEqualOrderByHeldOnAscStartsAtAsc(today)
					.stream()
					.map(NetworkMeetingViews.Line::of)
					.toList(),
				this.meetings.findByHeldOnLessThanOrderByHeldOnDescStartsAtDesc(today)
					.stream()
					.map(NetworkMeetingViews.Line::of)
					.toList());
	}

	NetworkMeeting meeting(long id, SignedInUser user) {
		staff(user);
		return this.meetings.findById(id).orElseThrow(() -> new NotFoundException("Network meeting", id));
	}

	/**
	 * The meeting's page: details, invitations, answers, notes and what groups shared.
	 */
	NetworkMeetingViews.Page page(long id, SignedInUser user) {
		NetworkMeeting meeting = meeting(id, user);
		List<NetworkMeetingInvitee> invited = this.invitees.findByNetworkMeetingIdOrderByKnownAsAscIdAsc(id);
		int toInvite = meeting.isOpenForAnswers(today()) ? this.audience.notYetInvited(id).size() : 0;
		return NetworkMeetingViews.Page.of(meeting, today(), invited, toInvite, this.sharing.entries(id));
	}

	@Transactional
	long schedule(NetworkMeetingDetails details, SignedInUser user) {
		staff(user);
		return this.meetings.save(new NetworkMeeting(details, user.accountId(), this.clock.instant())).getId();
	}

	@Transactional
	void change(long id, NetworkMeetingDetails details, Long version, SignedInUser user) {
		NetworkMeeting meeting = current(id, version, "/network/meetings/" + id + "/edit", user);
		meeting.change(details);
	}

	/** Cancels the meeting and emails everyone it was sent to. */
	@Transactional
	void cancel(long id, Long version, SignedInUser user) {
		NetworkMeeting meeting = current(id, version, "/network/meetings/" + id, user);
		if (meeting.isCancelled()) {
			return;
		}
		meeting.cancel(this.clock.instant());
		List<String> told = this.invitees.findByNetworkMeetingIdOrderByKnownAsAscIdAsc(id)
			.stream()
			.filter((i) -> i.getStatus() == NetworkMeetingInviteStatus.SENT)
			.map(NetworkMeetingInvitee::getEmail)
			.toList();
		this.mailer.cancelledAfterCommit(meeting.details(), told);
	}

	/**
	 * Invites everyone who agreed and has not had this meeting's invitation: the first
	 * time, everyone; later, those who agreed since, and those whose email did not go.
	 * Returns how many.
	 */
	@Transactional
	int invite(long id, Long version, SignedInUser user) {
		NetworkMeeting meeting = current(id, version, "/network/meetings/" + id, user);
		if (!meeting.isOpenForAnswers(today())) {
			return 0;
		}
		Map<String, NetworkMeetingInvitee> earlier = this.invitees.findByNetworkMeetingIdOrderByKnownAsAscIdAsc(id)
			.stream()
			.collect(Collectors.toMap((i) -> i.getEmail().toLowerCase(Locale.ROOT), Function.identity()));
		List<NetworkMeetingMails.Invitation> mails = new ArrayList<>();
		for (NetworkMeetingAudience.Person person : this.audience.notYetInvited(id)) {
			String token = SecretTokens.newToken(this.random);
			String hash = SecretTokens.hash(token);
			NetworkMeetingInvitee invitee = earlier.get(person.email().toLowerCase(Locale.ROOT));
			if (invitee == null) {
				invitee = this.invitees.save(new NetworkMeetingInvitee(id, person, hash, this.clock.instant()));
			}
			else {
				invitee.newLink(hash);
			}
			mails.add(new NetworkMeetingMails.Invitation(invitee.getId(), hash, invitee.getEmail(),
					invitee.getKnownAs(), token));
		}
		this.invitees.flush();
		meeting.invitationsSent(this.clock.instant());
		this.mailer.inviteAfterCommit(meeting.details(), mails);
		return mails.size();
	}

	@Transactional
	void recordNotes(long id, String notes, Long version, SignedInUser user) {
		current(id, version, "/network/meetings/" + id + "/notes", user).recordNotes(notes);
	}

	private NetworkMeeting current(long id, Long version, String returnPath, SignedInUser user) {
		NetworkMeeting meeting = meeting(id, user);
		if (!Objects.equals(version, meeting.getVersion())) {
			throw new EditClashException(returnPath);
		}
		return meeting;
	}

	static void staff(SignedInUser user) {
		if (user == null || !user.has(Role.STAFF)) {
			throw new AccessDeniedException("Network meetings are for staff");
		}
	}

}
