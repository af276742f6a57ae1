package org.followon.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.followon.account.Role;
import org.followon.account.SignedInUser;
import org.followon.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme module's public face for the modules that build on PMP cohorts. */
@Service
@Transactional(readOnly = true)
public class Programmes {

	private final PmpRepository pmps;

	private final ParticipantRepository participants;

	private final Clock clock;

	Programmes(PmpRepository pmps, ParticipantRepository participants, Clock clock) {
		this.pmps = pmps;
		this.participants = participants;
		this.clock = clock;
	}

	/** A PMP as the handover sees it; 404 if unknown, 403 unless facilitator or staff. */
	public PmpSummary visiblePmp(long pmpId, SignedInUser user) {
		Pmp pmp = this.pmps.findWithScheduleById(pmpId).orElseThrow(() -> new NotFoundException("PMP", pmpId));
		if (!user.has(Role.STAFF) && !pmp.isFacilitatedBy(user.accountId())) {
			throw new AccessDeniedException("Not a facilitator of this PMP");
		}
		return summary(pmp);
	}

	/** A PMP, whoever asks: for checks made after access has been decided. */
	public PmpSummary pmp(long pmpId) {
		return summary(this.pmps.findWithScheduleById(pmpId).orElseThrow(() -> new NotFoundException("PMP", pmpId)));
	}

	public boolean facilitates(long pmpId, long accountId) {
		return this.pmps.findById(pmpId).map((p) -> p.isFacilitatedBy(accountId)).orElse(false);
	}

	/** The participants still enrolled, by name. */
	public List<PmpParticipant> enrolled(long pmpId) {
		return this.participants.findByPmpIdOrderByNameAscIdAsc(pmpId)
			.stream()
			.filter((p) -> !p.isWithdrawn())
			.map((p) -> new PmpParticipant(p.getId(), p.getName(), p.getKnownAs(), p.getEmail(), p.getMobile()))
			.toList();
	}

	private PmpSummary summary(Pmp pmp) {
		List<LocalDate> closure = pmp.closurePhase().stream().map(PmpSession::getScheduledOn).toList();
		List<Long> clinicians = pmp.getFacilitators()
			.stream()
			.filter((f) -> f.kind() == FacilitatorKind.CLINICIAN)
			.map(Facilitator::accountId)
			.sorted()
			.toList();
		List<Long> ptvs = pmp.getFacilitators()
			.stream()
			.filter((f) -> f.kind() == FacilitatorKind.PTV)
			.map(Facilitator::accountId)
			.sorted()
			.toList();
		return new PmpSummary(pmp.getId(), pmp.getName(), pmp.getSite(), closure, pmp.lastSessionDate(), clinicians,
				ptvs, pmp.status(LocalDate.now(this.clock)) == PmpStatus.FINISHED);
	}

}
