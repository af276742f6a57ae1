package org.followon.networkmeeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the network meeting pages show, worked out before the template so templates only
 * display.
 */
final class NetworkMeetingViews {

	private NetworkMeetingViews() {
	}

	record Lists(List<Line> upcoming, List<Line> past) {
	}

	record Line(long id, String title, LocalDate on, boolean cancelled) {

		static Line of(NetworkMeeting m) {
			return new Line(m.getId(), m.details().title(), m.getHeldOn(), m.isCancelled());
		}

	}

	/**
	 * One meeting for staff. {@code toInvite}: how many who agreed have not had the
	 * invitation (0 once the meeting is over or cancelled); {@code answers}: how many
	 * gave each answer.
	 */
	record Page(long id, long version, NetworkMeetingDetails meeting, boolean cancelled, boolean upcoming,
			Instant invitedAt, String notes, int toInvite, List<Invitee> invitees,
			Map<NetworkMeetingAnswer, Long> answers, long notSent, List<Shared> shared) {

		static Page of(NetworkMeeting m, LocalDate today, List<NetworkMeetingInvitee> invited, int toInvite,
				List<Shared> shared) {
			Map<NetworkMeetingAnswer, Long> answers = new EnumMap<>(NetworkMeetingAnswer.class);
			for (NetworkMeetingAnswer a : NetworkMeetingAnswer.values()) {
				answers.put(a, invited.stream().filter((i) -> i.getAnswer() == a).count());
			}
			long notSent = invited.stream().filter((i) -> i.getStatus() != NetworkMeetingInviteStatus.SENT).count();
			return new Page(m.getId(), m.getVersion(), m.details(), m.isCancelled(), m.isOpenForAnswers(today),
					m.getInvitedAt(), m.getNotes(), toInvite,
					invited.stream().map((i) -> new Invitee(i.getKnownAs(), i.getStatus(), i.getAnswer())).toList(),
					answers, notSent, shared);
		}

		public boolean invitationsSent() {
			return this.invitedAt != null;
		}

	}

	/**
	 * An invitee as staff see them: the name they are known by, whether the email went,
	 * their answer.
	 */
	record Invitee(String knownAs, NetworkMeetingInviteStatus status, NetworkMeetingAnswer answer) {
	}

	record Shared(long id, String groupName, String what) {
	}

	/** A group to choose, as the form's options show it. */
	record GroupChoice(long id, String displayName) {
	}

	/** An invitee's own page. {@code open}: they can still answer. */
	record Rsvp(String knownAs, NetworkMeetingDetails meeting, boolean cancelled, boolean open,
			NetworkMeetingAnswer answer) {
	}

}
