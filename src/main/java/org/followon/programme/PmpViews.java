package org.followon.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What the PMP pages show, worked out once in the service so templates only display. */
final class PmpViews {

	private PmpViews() {
	}

	record Row(long id, String name, String site, LocalDate firstSession, LocalDate lastSession, PmpStatus status,
			SessionRow next) {

		static Row of(Pmp pmp, LocalDate today) {
			return new Row(pmp.getId(), pmp.getName(), pmp.getSite(), pmp.getFirstSessionDate(), pmp.lastSessionDate(),
					pmp.status(today), pmp.nextSession(today).map((s) -> SessionRow.of(pmp, s, today)).orElse(null));
		}

		public boolean inClosurePhase() {
			return this.status == PmpStatus.CLOSURE_PHASE;
		}

	}

	record SessionRow(int number, LocalDate date, boolean cancelled, boolean moved, boolean closurePhase, boolean past,
			long version) {

		static SessionRow of(Pmp pmp, PmpSession s, LocalDate today) {
			return new SessionRow(s.getNumber(), s.getScheduledOn(), s.isCancelled(), s.isMoved(),
					pmp.isInClosurePhase(s), s.getScheduledOn().isBefore(today), s.getVersion());
		}

	}

	record Detail(Long id, String name, String site, LocalTime startTime, LocalTime endTime, PmpStatus status,
			SessionRow next, Long weeksToClosure, LocalDate closureStarts, List<String> clinicians, List<String> ptvs,
			List<SessionRow> sessions, List<ParticipantRow> participants, long version, boolean canManage) {

		static Detail of(Pmp pmp, LocalDate today, List<String> clinicians, List<String> ptvs,
				List<Participant> participants, boolean canManage) {
			List<PmpSession> closure = pmp.closurePhase();
			LocalDate closureStarts = closure.isEmpty() ? null : closure.get(0).getScheduledOn();
			Long weeks = closureStarts == null || !today.isBefore(closureStarts) ? null
					: (ChronoUnit.DAYS.between(today, closureStarts) + 6) / 7;
			return new Detail(pmp.getId(), pmp.getName(), pmp.getSite(), pmp.getStartTime(), pmp.getEndTime(),
					pmp.status(today), pmp.nextSession(today).map((s) -> SessionRow.of(pmp, s, today)).orElse(null),
					weeks, closureStarts, clinicians, ptvs,
					pmp.getSessions().stream().map((s) -> SessionRow.of(pmp, s, today)).toList(),
					participants.stream().map(ParticipantRow::of).toList(), pmp.getVersion(), canManage);
		}

		public List<ParticipantRow> enrolled() {
			return this.participants.stream().filter((p) -> p.withdrawnOn() == null).toList();
		}

		public List<ParticipantRow> withdrawn() {
			return this.participants.stream().filter((p) -> p.withdrawnOn() != null).toList();
		}

	}

	record ParticipantRow(long id, String name, String preferredName, String email, String mobile, Gender gender,
			AgeBand ageBand, LocalDate withdrawnOn, long version) {

		static ParticipantRow of(Participant p) {
			return new ParticipantRow(p.getId(), p.getName(), p.getPreferredName(), p.getEmail(), p.getMobile(),
					p.getGender(), p.getAgeBand(), p.getWithdrawnOn(), p.getVersion());
		}

	}

}
