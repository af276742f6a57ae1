package org.followon.programme;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Three demo PMPs dated from today: one finished, one in its closure phase, one just
 * started. Loaded once, after the demo accounts, into a database with no PMPs.
 */
@Component
@ConditionalOnBooleanProperty("followon.demo.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoPmps implements ApplicationRunner {

	/**
	 * The demo member and coordinator are participants of the finished PMP, with their
	 * sign-in emails.
	 */
	private static final java.util.Map<String, String> DEMO_EMAILS = java.util.Map.of("Linda Evans",
			"coordinator@example.org", "Peter Hughes", "member@example.org");

	private final PmpRepository pmps;

	private final ParticipantRepository participants;

	private final Accounts accounts;

	private final Clock clock;

	DemoPmps(PmpRepository pmps, ParticipantRepository participants, Accounts accounts, Clock clock) {
		this.pmps = pmps;
		this.participants = participants;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		AccountSummary clinician = this.accounts.byEmail("clinician@example.org").orElse(null);
		AccountSummary ptv = this.accounts.byEmail("ptv@example.org").orElse(null);
		if (clinician == null || ptv == null || this.pmps.count() > 0) {
			return;
		}
		List<Facilitator> team = List.of(new Facilitator(clinician.id(), FacilitatorKind.CLINICIAN),
				new Facilitator(ptv.id(), FacilitatorKind.PTV));
		LocalDate tuesday = LocalDate.now(this.clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));

		Pmp finished = plan("PMP Spring – Riverside", "Riverside Health Centre, Room 2", tuesday.minusWeeks(22), 10,
				team, clinician);
		enrol(finished, "Linda Evans", null, "Peter Hughes", null, "Margaret Jones", "Maggie", "Alan Price", null,
				"Susan Lewis", "Sue", "David Morgan", "Dave", "Helen Thomas", null, "Carol Williams", null);

		Pmp closing = plan("PMP Autumn – Riverside", "Riverside Health Centre, Room 2", tuesday.minusWeeks(7), 10, team,
				clinician);
		enrol(closing, "Patricia Griffiths", "Pat", "Kevin Jenkins", null, "Angela Rees", null, "Gareth Powell", null,
				"Ruth Phillips", null, "Nigel Owen", null, "Christine Baker", "Chris", "Pauline Wood", null);

		Pmp started = plan("PMP Winter – Hillside", "Hillside Community Hub", tuesday.plusDays(2).minusWeeks(1), 12,
				team, clinician);
		enrol(started, "Stephen Clarke", "Steve", "Deborah Hall", "Debbie", "Raymond Ward", null, "Elaine Cooper", null,
				"Howard King", null, "Joan Wright", null);
	}

	private Pmp plan(String name, String site, LocalDate first, int sessions, List<Facilitator> team,
			AccountSummary creator) {
		return this.pmps
			.save(new Pmp(name, site, first, sessions, LocalTime.of(10, 0), team, creator.id(), this.clock.instant()));
	}

	/**
	 * Pairs of name and preferred name; every second demo participant gets an email and a
	 * mobile.
	 */
	private void enrol(Pmp pmp, String... namesAndPreferred) {
		for (int i = 0; i < namesAndPreferred.length; i += 2) {
			String name = namesAndPreferred[i];
			int n = i / 2;
			boolean contact = n % 2 == 0 || DEMO_EMAILS.containsKey(name);
			String email = contact
					? DEMO_EMAILS.getOrDefault(name, name.toLowerCase().replace(' ', '.') + "@example.org") : null;
			String mobile = contact ? String.format("07700 900%03d", pmp.getId() * 10 + n) : null;
			this.participants.save(new Participant(pmp.getId(),
					new ParticipantDetails(name, namesAndPreferred[i + 1], email, mobile, null, null),
					this.clock.instant()));
		}
	}

}
