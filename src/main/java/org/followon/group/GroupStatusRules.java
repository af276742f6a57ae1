package org.followon.group;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * The rules that derive a group's status from its meetings. A group is forming until it
 * has met as a follow-on group (DOMAIN.md: three or more PMP participants face to face
 * after the PMP ended), then active while it meets; dormant once it has not met for
 * longer than {@code followon.groups.dormant-after}; folded when closed by hand, or once
 * dormant for longer than {@code followon.groups.folded-after-dormant}. A group that has
 * never met counts from the day it started.
 */
@Component
class GroupStatusRules {

	/**
	 * {@code followon.groups.*}: how long without a meeting makes a group dormant, and
	 * how long dormant makes it folded.
	 *
	 * @param dormantAfter how long without a meeting makes a group dormant (3m, or ISO
	 * P3M)
	 * @param foldedAfterDormant how long dormant makes a group folded
	 */
	@ConfigurationProperties("followon.groups")
	record Settings(@DefaultValue("3m") Period dormantAfter, @DefaultValue("12m") Period foldedAfterDormant) {
	}

	/**
	 * What the status is worked out from.
	 *
	 * @param lastContactOn the last contact the service knew of before an import, if
	 * later than the last meeting (null for groups formed in the app)
	 */
	record Facts(LocalDate startedOn, LocalDate formedOn, LocalDate lastMetOn, LocalDate activeSince,
			LocalDate closedOn, LocalDate lastContactOn) {

		Facts(LocalDate startedOn, LocalDate formedOn, LocalDate lastMetOn, LocalDate activeSince, LocalDate closedOn) {
			this(startedOn, formedOn, lastMetOn, activeSince, closedOn, null);
		}

		/**
		 * The later of the last meeting and the last contact known, or else the start.
		 */
		LocalDate lastContact() {
			LocalDate last = this.startedOn;
			for (LocalDate day : new LocalDate[] { this.lastMetOn, this.lastContactOn }) {
				if (day != null && day.isAfter(last)) {
					last = day;
				}
			}
			return last;
		}

	}

	/** A group's status today, and the first day it had it. */
	record Now(GroupStatus status, LocalDate since) {
	}

	/** A meeting as far as the rules care. */
	record Met(LocalDate on, boolean faceToFace, int pmpParticipants) {
	}

	private final Settings settings;

	private final Clock clock;

	GroupStatusRules(Settings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	Now now(Facts facts) {
		return statusOn(LocalDate.now(this.clock), facts);
	}

	Now statusOn(LocalDate today, Facts facts) {
		if (facts.closedOn() != null) {
			return new Now(GroupStatus.FOLDED, facts.closedOn());
		}
		LocalDate dormantFrom = facts.lastContact().plus(this.settings.dormantAfter()).plusDays(1);
		LocalDate foldedFrom = dormantFrom.plus(this.settings.foldedAfterDormant()).plusDays(1);
		if (!today.isBefore(foldedFrom)) {
			return new Now(GroupStatus.FOLDED, foldedFrom);
		}
		if (!today.isBefore(dormantFrom)) {
			return new Now(GroupStatus.DORMANT, dormantFrom);
		}
		if (facts.formedOn() == null) {
			return new Now(GroupStatus.FORMING, facts.startedOn());
		}
		return new Now(GroupStatus.ACTIVE, facts.activeSince());
	}

	/**
	 * Takes the group's meetings in after they changed.
	 * @param pmpEndedOn the last session of its PMP (or, for a group without one in the
	 * app, the day the import says it ended); null if not known
	 */
	void meetingsChanged(FollowOnGroup group, List<Met> meetings, LocalDate pmpEndedOn) {
		LocalDate formedOn = formedOn(meetings, pmpEndedOn);
		group.meetingsChanged(meetings, formedOn, activeSince(meetings, formedOn));
	}

	/**
	 * The first meeting that made the group formed: face to face, after the PMP's last
	 * session (when the group came from a PMP), with three or more of the PMP's
	 * participants.
	 */
	LocalDate formedOn(List<Met> meetings, LocalDate pmpEndedOn) {
		return meetings.stream()
			.filter((m) -> m.faceToFace() && m.pmpParticipants() >= 3
					&& (pmpEndedOn == null || m.on().isAfter(pmpEndedOn)))
			.map(Met::on)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	/**
	 * The start of the latest run of meetings, since forming, with no gap that made it
	 * dormant.
	 */
	LocalDate activeSince(List<Met> meetings, LocalDate formedOn) {
		if (formedOn == null) {
			return null;
		}
		LocalDate start = formedOn;
		LocalDate previous = formedOn;
		for (LocalDate on : meetings.stream().map(Met::on).filter((d) -> d.isAfter(formedOn)).sorted().toList()) {
			if (on.isAfter(previous.plus(this.settings.dormantAfter()))) {
				start = on;
			}
			previous = on;
		}
		return start;
	}

}
