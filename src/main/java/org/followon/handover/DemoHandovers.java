package org.followon.handover;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;
import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.group.Groups;
import org.followon.group.MembershipRole;
import org.followon.group.NewGroup;
import org.followon.programme.PmpParticipant;
import org.followon.programme.Programmes;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finished demo PMP was handed over to "Riverside Thursday group": the demo
 * coordinator coordinates it and the demo member belongs to it, both with accounts.
 * Loaded once, after the demo PMPs, when no group exists yet.
 */
@Component
@ConditionalOnBooleanProperty("followon.demo.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DemoHandovers implements ApplicationRunner {

	private final Programmes programmes;

	private final Groups groups;

	private final Accounts accounts;

	private final HandoverRepository handovers;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DemoHandovers(Programmes programmes, Groups groups, Accounts accounts, HandoverRepository handovers,
			JdbcTemplate jdbc, Clock clock) {
		this.programmes = programmes;
		this.groups = groups;
		this.accounts = accounts;
		this.handovers = handovers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<Long> finished = this.jdbc.queryForList("select id from pmp where name = 'PMP Spring – Riverside'",
				Long.class);
		AccountSummary clinician = this.accounts.byEmail("clinician@example.org").orElse(null);
		if (finished.isEmpty() || clinician == null || !this.groups.all().isEmpty()) {
			return;
		}
		long pmpId = finished.get(0);
		List<PmpParticipant> cohort = this.programmes.enrolled(pmpId);
		List<NewGroup.NewMember> members = cohort.stream()
			.filter((p) -> !p.name().equals("Carol Williams") && !p.name().equals("Helen Thomas"))
			.map((p) -> new NewGroup.NewMember(p.id(), p.knownAs(), p.email(), p.mobile(), p.email() != null,
					p.name().equals("Linda Evans") || p.name().equals("Margaret Jones"),
					p.name().equals("Linda Evans") ? MembershipRole.COORDINATOR : MembershipRole.MEMBER, null))
			.toList();
		// The PMP's PTV supports the new group at its first three meetings.
		Long ptv = this.accounts.byEmail("ptv@example.org").map(AccountSummary::id).orElse(null);
		LocalDate firstMeeting = this.programmes.pmp(pmpId).lastSession().plusWeeks(2);
		Groups.FormedGroup group = this.groups.form(new NewGroup("Riverside Thursday group", pmpId, Frequency.MONTHLY,
				"First Thursday of the month, 11:00", Channel.WHATSAPP, firstMeeting, LocalTime.of(11, 0),
				"Riverside Leisure Centre cafe", null, ptv, clinician.id(), members));
		attach(group, cohort, "Linda Evans", "coordinator@example.org");
		attach(group, cohort, "Peter Hughes", "member@example.org");
		Handover handover = new Handover(pmpId);
		handover.handOver(clinician.id(), this.clock.instant());
		this.handovers.save(handover);
	}

	private void attach(Groups.FormedGroup group, List<PmpParticipant> cohort, String name, String email) {
		PmpParticipant participant = cohort.stream().filter((p) -> p.name().equals(name)).findFirst().orElseThrow();
		this.accounts.byEmail(email)
			.ifPresent((a) -> this.groups.attachAccount(group.membershipByParticipant().get(participant.id()), a.id()));
	}

}
