package org.followon.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.SignedInUser;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;
import org.followon.system.TimeInput;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PMPs and their sessions and participants, with the record-level rules: staff see every
 * PMP; clinicians and PTVs see the PMPs they facilitate; staff and the PMP's clinicians
 * change it.
 */
@Service
@Transactional(readOnly = true)
class PmpService {

	private final PmpRepository pmps;

	private final ParticipantRepository participants;

	private final Accounts accounts;

	private final Clock clock;

	PmpService(PmpRepository pmps, ParticipantRepository participants, Accounts accounts, Clock clock) {
		this.pmps = pmps;
		this.participants = participants;
		this.accounts = accounts;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	List<PmpViews.Row> visibleTo(SignedInUser user) {
		List<Pmp> found = user.has(Role.STAFF) ? this.pmps.findAllWithSessions()
				: this.pmps.findFacilitatedBy(user.accountId());
		LocalDate today = today();
		return found.stream().map((p) -> PmpViews.Row.of(p, today)).toList();
	}

	PmpViews.Detail detail(long id, SignedInUser user) {
		Pmp pmp = visible(id, user);
		Map<Long, AccountSummary> people = this.accounts
			.byIds(pmp.getFacilitators().stream().map(Facilitator::accountId).toList());
		return PmpViews.Detail.of(pmp, today(), names(pmp, people, FacilitatorKind.CLINICIAN),
				names(pmp, people, FacilitatorKind.PTV), this.participants.findByPmpIdOrderByNameAscIdAsc(id),
				canManage(pmp, user));
	}

	Pmp visible(long id, SignedInUser user) {
		Pmp pmp = this.pmps.findWithScheduleById(id).orElseThrow(() -> new NotFoundException("PMP", id));
		if (!user.has(Role.STAFF) && !pmp.isFacilitatedBy(user.accountId())) {
			throw new AccessDeniedException("Not a facilitator of this PMP");
		}
		return pmp;
	}

	private Pmp manageable(long id, SignedInUser user) {
		Pmp pmp = visible(id, user);
		if (!canManage(pmp, user)) {
			throw new AccessDeniedException("Not a clinician of this PMP");
		}
		return pmp;
	}

	void checkCanManage(long id, SignedInUser user) {
		manageable(id, user);
	}

	private static boolean canManage(Pmp pmp, SignedInUser user) {
		return user.has(Role.STAFF) || pmp.isClinicianFor(user.accountId());
	}

	List<AccountSummary> clinicianOptions() {
		return this.accounts.withRole(Role.CLINICIAN);
	}

	List<AccountSummary> ptvOptions() {
		return this.accounts.withRole(Role.PTV);
	}

	/**
	 * The facilitators chosen, or null if an id is not a clinician or PTV who can be
	 * chosen.
	 */
	List<Facilitator> facilitators(List<Long> clinicianIds, List<Long> ptvIds) {
		List<Long> clinicians = clinicianOptions().stream().map(AccountSummary::id).toList();
		List<Long> ptvs = ptvOptions().stream().map(AccountSummary::id).toList();
		if (!clinicians.containsAll(clinicianIds) || !ptvs.containsAll(ptvIds)) {
			return null;
		}
		List<Facilitator> chosen = new ArrayList<>();
		clinicianIds.stream().distinct().forEach((id) -> chosen.add(new Facilitator(id, FacilitatorKind.CLINICIAN)));
		ptvIds.stream()
			.distinct()
			.filter((id) -> !clinicianIds.contains(id))
			.forEach((id) -> chosen.add(new Facilitator(id, FacilitatorKind.PTV)));
		return chosen;
	}

	@Transactional
	long create(PmpPlan plan, SignedInUser user) {
		Pmp pmp = new Pmp(plan.name(), plan.site(), plan.firstSession(), plan.sessionCount(), plan.startTime(),
				plan.facilitators(), user.accountId(), this.clock.instant());
		return this.pmps.save(pmp).getId();
	}

	PmpDetailsForm detailsForm(long id, SignedInUser user) {
		Pmp pmp = manageable(id, user);
		List<Long> clinicians = idsOf(pmp, FacilitatorKind.CLINICIAN);
		return new PmpDetailsForm(pmp.getName(), pmp.getSite(), TimeInput.format(pmp.getStartTime()), clinicians,
				idsOf(pmp, FacilitatorKind.PTV), pmp.getVersion());
	}

	@Transactional
	void changeDetails(long id, PmpDetailsForm form, List<Facilitator> facilitators, SignedInUser user) {
		Pmp pmp = manageable(id, user);
		checkVersion(pmp.getVersion(), form.version(), "/pmps/" + id);
		pmp.changeDetails(form.name(), form.site(), TimeInput.parse(form.startTime()), facilitators);
	}

	PmpViews.SessionRow session(long id, int number, SignedInUser user) {
		Pmp pmp = manageable(id, user);
		return PmpViews.SessionRow.of(pmp, pmp.session(number), today());
	}

	@Transactional
	void moveSession(long id, int number, LocalDate date, long version, SignedInUser user) {
		Pmp pmp = manageable(id, user);
		checkVersion(pmp.session(number).getVersion(), version, "/pmps/" + id);
		pmp.moveSession(number, date);
	}

	@Transactional
	void cancelSession(long id, int number, long version, SignedInUser user) {
		Pmp pmp = manageable(id, user);
		checkVersion(pmp.session(number).getVersion(), version, "/pmps/" + id);
		pmp.cancelSession(number);
	}

	@Transactional
	void reinstateSession(long id, int number, long version, SignedInUser user) {
		Pmp pmp = manageable(id, user);
		checkVersion(pmp.session(number).getVersion(), version, "/pmps/" + id);
		pmp.reinstateSession(number);
	}

	@Transactional
	long enrol(long id, ParticipantDetails details, SignedInUser user) {
		manageable(id, user);
		return this.participants.save(new Participant(id, details, this.clock.instant())).getId();
	}

	Participant participant(long id, long participantId, SignedInUser user) {
		manageable(id, user);
		return this.participants.findByIdAndPmpId(participantId, id)
			.orElseThrow(() -> new NotFoundException("Participant", participantId));
	}

	@Transactional
	void changeParticipant(long id, long participantId, ParticipantForm form, SignedInUser user) {
		Participant participant = participant(id, participantId, user);
		checkVersion(participant.getVersion(), form.version(), "/pmps/" + id);
		participant.change(form.details());
	}

	@Transactional
	void withdraw(long id, long participantId, long version, SignedInUser user) {
		Participant participant = participant(id, participantId, user);
		checkVersion(participant.getVersion(), version, "/pmps/" + id);
		participant.withdraw(today());
	}

	private static void checkVersion(long current, Long submitted, String returnPath) {
		if (submitted == null || current != submitted) {
			throw new EditClashException(returnPath);
		}
	}

	private static List<Long> idsOf(Pmp pmp, FacilitatorKind kind) {
		return pmp.getFacilitators()
			.stream()
			.filter((f) -> f.kind() == kind)
			.map(Facilitator::accountId)
			.sorted()
			.toList();
	}

	private static List<String> names(Pmp pmp, Map<Long, AccountSummary> people, FacilitatorKind kind) {
		return idsOf(pmp, kind).stream()
			.map(people::get)
			.filter(Objects::nonNull)
			.map(AccountSummary::displayName)
			.sorted(Comparator.naturalOrder())
			.toList();
	}

}
