package org.followon.handover;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.followon.account.DemoSignIns;
import org.followon.group.Channel;
import org.followon.group.DemoGroup;
import org.followon.group.Frequency;
import org.followon.group.Groups;
import org.followon.group.MembershipRole;
import org.followon.group.NewGroup;
import org.followon.programme.FinishedDemoPmp;
import org.followon.programme.PmpParticipant;
import org.followon.programme.Programmes;
import org.followon.system.DemoData;
import org.followon.system.DemoRecords;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The handover module's part of the demo data: the finished demo PMP
 * ({@link FinishedDemoPmp}) was handed over to "Riverside Thursday group", which all but
 * two of its cohort joined; the demo coordinator coordinates it and the demo member
 * belongs to it, both with their sign-ins ({@link DemoSignIns}). Hands on the group as
 * {@link DemoGroup}.
 */
@Component
@ConditionalOnBooleanProperty("followon.demo.enabled")
class DemoHandovers implements DemoData {

	private final Programmes programmes;

	private final Groups groups;

	private final HandoverRepository handovers;

	private final Clock clock;

	DemoHandovers(Programmes programmes, Groups groups, HandoverRepository handovers, Clock clock) {
		this.programmes = programmes;
		this.groups = groups;
		this.handovers = handovers;
		this.clock = clock;
	}

	@Override
	public Set<Class<? extends Record>> reads() {
		return Set.of(DemoSignIns.class, FinishedDemoPmp.class);
	}

	@Override
	public boolean hasData() {
		return this.handovers.count() > 0;
	}

	@Override
	public void load(DemoRecords records) {
		DemoSignIns signIns = records.get(DemoSignIns.class);
		FinishedDemoPmp pmp = records.get(FinishedDemoPmp.class);
		Set<Long> notJoining = Set.of(pmp.carolWilliams(), pmp.helenThomas());
		Set<Long> sharingMobiles = Set.of(pmp.lindaEvans(), pmp.margaretJones());
		List<NewGroup.NewMember> members = this.programmes.enrolled(pmp.id())
			.stream()
			.filter((p) -> !notJoining.contains(p.id()))
			.map((p) -> member(p, sharingMobiles.contains(p.id()),
					(p.id() == pmp.lindaEvans()) ? MembershipRole.COORDINATOR : MembershipRole.MEMBER))
			.toList();
		// The PMP's PTV supports the new group at its first three meetings.
		LocalDate firstMeeting = this.programmes.pmp(pmp.id()).lastSession().plusWeeks(2);
		Groups.FormedGroup group = this.groups
			.form(new NewGroup("Riverside Thursday group", pmp.id(), Frequency.MONTHLY,
					"First Thursday of the month, 11:00", Channel.WHATSAPP, firstMeeting, LocalTime.of(11, 0),
					"Riverside Leisure Centre cafe", null, signIns.ptv(), signIns.clinician(), members));
		long coordinator = group.membershipByParticipant().get(pmp.lindaEvans());
		this.groups.attachAccount(coordinator, signIns.coordinator());
		this.groups.attachAccount(group.membershipByParticipant().get(pmp.peterHughes()), signIns.member());
		Handover handover = new Handover(pmp.id());
		handover.handOver(signIns.clinician(), this.clock.instant());
		this.handovers.save(handover);
		records.add(new DemoGroup(group.groupId(), coordinator));
	}

	/**
	 * Shares their email if they gave one on the PMP, and their mobile if they chose to.
	 */
	private static NewGroup.NewMember member(PmpParticipant participant, boolean sharesMobile, MembershipRole role) {
		return new NewGroup.NewMember(participant.id(), participant.knownAs(), participant.email(),
				participant.mobile(), participant.email() != null, sharesMobile, role, null);
	}

}
