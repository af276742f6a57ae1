package org.followon.programme;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.followon.account.DemoSignIns;
import org.followon.system.DemoData;
import org.followon.system.DemoRecords;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The programme module's part of the demo data: three demo PMPs dated from today, one
 * finished, one in its closure phase, one just started, facilitated by the demo clinician
 * and PTV ({@link DemoSignIns}). Hands on the finished one as {@link FinishedDemoPmp}.
 */
@Component
@ConditionalOnBooleanProperty("followon.demo.enabled")
class DemoPmps implements DemoData {

	/**
	 * The demo member and coordinator are participants of the finished PMP, with their
	 * sign-in emails.
	 */
	private static final Map<String, String> DEMO_EMAILS = Map.of("Linda Evans", "coordinator@example.org",
			"Peter Hughes", "member@example.org");

	private final PmpRepository pmps;

	private final ParticipantRepository participants;

	private final Clock clock;

	DemoPmps(PmpRepository pmps, ParticipantRepository participants, Clock clock) {
		this.pmps = pmps;
		this.participants = participants;
		this.clock = clock;
	}

	@Override
	public Set<Class<? extends Record>> reads() {
		return Set.of(DemoSignIns.class);
	}

	@Override
	public boolean hasData() {
		return this.pmps.count() > 0;
	}

	@Override
	public void load(DemoRecords records) {
		DemoSignIns signIns = records.get(DemoSignIns.class);
		List<Facilitator> team = List.of(new Facilitator(signIns.clinician(), FacilitatorKind.CLINICIAN),
				new Facilitator(signIns.ptv(), FacilitatorKind.PTV));
		long clinician = signIns.clinician();
		LocalDate tuesday = LocalDate.now(this.clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));

		Pmp finished = plan("PMP Spring – Riverside", "Riverside Health Centre, Room 2", tuesday.minusWeeks(22), 10,
				team, clinician);
		Map<String, Long> cohort = enrol(finished, "Linda Evans", null, "Peter Hughes", null, "Margaret Jones",
				"Maggie", "Alan Price", null, "Susan Lewis", "Sue", "David Morgan", "Dave", "Helen Thomas", null,
				"Carol Williams", null);
		records.add(new FinishedDemoPmp(finished.getId(), cohort.get("Linda Evans"), cohort.get("Peter Hughes"),
				cohort.get("Margaret Jones"), cohort.get("Carol Williams"), cohort.get("Helen Thomas")));

		Pmp closing = plan("PMP Autumn – Riverside", "Riverside Health Centre, Room 2", tuesday.minusWeeks(7), 10, team,
				clinician);
		enrol(closing, "Patricia Griffiths", "Pat", "Kevin Jenkins", null, "Angela Rees", null, "Gareth Powell", null,
				"Ruth Phillips", null, "Nigel Owen", null, "Christine Baker", "Chris", "Pauline Wood", null);

		Pmp started = plan("PMP Winter – Hillside", "Hillside Community Hub", tuesday.plusDays(2).minusWeeks(1), 12,
				team, clinician);
		enrol(started, "Stephen Clarke", "Steve", "Deborah Hall", "Debbie", "Raymond Ward", null, "Elaine Cooper", null,
				"Howard King", null, "Joan Wright", null);
	}

	private Pmp plan(String name, String site, LocalDate first, int sessions, List<Facilitator> team, long creator) {
		return this.pmps
			.save(new Pmp(name, site, first, sessions, LocalTime.of(10, 0), team, creator, this.clock.instant()));
	}

	/**
	 * Pairs of name and preferred name; every second demo participant gets an email and a
	 * mobile. Returns each participant's id by name.
	 */
	private Map<String, Long> enrol(Pmp pmp, String... namesAndPreferred) {
		Map<String, Long> ids = new HashMap<>();
		for (int i = 0; i < namesAndPreferred.length; i += 2) {
			String name = namesAndPreferred[i];
			int n = i / 2;
			boolean contact = n % 2 == 0 || DEMO_EMAILS.containsKey(name);
			String email = contact
					? DEMO_EMAILS.getOrDefault(name, name.toLowerCase().replace(' ', '.') + "@example.org") : null;
			String mobile = contact ? String.format("07700 900%03d", pmp.getId() * 10 + n) : null;
			Participant participant = this.participants.save(new Participant(pmp.getId(),
					new ParticipantDetails(name, namesAndPreferred[i + 1], email, mobile, null, null),
					this.clock.instant()));
			ids.put(name, participant.getId());
		}
		return ids;
	}

}
