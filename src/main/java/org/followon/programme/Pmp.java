package org.followon.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.followon.system.NotFoundException;

/**
 * A Pain Management Programme: one cohort, weekly sessions of three hours, facilitated by
 * clinicians and patient tutor volunteers. The last three sessions that go ahead are the
 * closure phase, in which the cohort is handed over to its own follow-on group.
 */
@Entity
class Pmp {

	static final int MIN_SESSIONS = 8;

	static final int MAX_SESSIONS = 12;

	static final int CLOSURE_PHASE_SESSIONS = 3;

	static final int SESSION_HOURS = 3;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String site;

	private LocalDate firstSessionDate;

	private int sessionCount;

	private LocalTime startTime;

	private Long createdBy;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "pmp_facilitator", joinColumns = @JoinColumn(name = "pmp_id"))
	private Set<Facilitator> facilitators = new HashSet<>();

	@OneToMany(mappedBy = "pmp", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<PmpSession> sessions = new ArrayList<>();

	@Version
	private long version;

	protected Pmp() {
	}

	/** Plans a new PMP with its weekly sessions from the first date. */
	Pmp(String name, String site, LocalDate firstSessionDate, int sessionCount, LocalTime startTime,
			Collection<Facilitator> facilitators, long createdBy, Instant now) {
		if (sessionCount < MIN_SESSIONS || sessionCount > MAX_SESSIONS) {
			throw new IllegalArgumentException("A PMP has 8 to 12 sessions");
		}
		this.name = name;
		this.site = site;
		this.firstSessionDate = firstSessionDate;
		this.sessionCount = sessionCount;
		this.startTime = startTime;
		this.facilitators = new HashSet<>(facilitators);
		this.createdBy = createdBy;
		this.createdAt = now;
		for (int number = 1; number <= sessionCount; number++) {
			this.sessions.add(new PmpSession(this, number, firstSessionDate.plusWeeks(number - 1L)));
		}
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getSite() {
		return this.site;
	}

	LocalDate getFirstSessionDate() {
		return this.firstSessionDate;
	}

	int getSessionCount() {
		return this.sessionCount;
	}

	LocalTime getStartTime() {
		return this.startTime;
	}

	LocalTime getEndTime() {
		return this.startTime.plusHours(SESSION_HOURS);
	}

	long getVersion() {
		return this.version;
	}

	Set<Facilitator> getFacilitators() {
		return Set.copyOf(this.facilitators);
	}

	List<PmpSession> getSessions() {
		return List.copyOf(this.sessions);
	}

	boolean isFacilitatedBy(long accountId) {
		return this.facilitators.stream().anyMatch((f) -> f.accountId() == accountId);
	}

	boolean isClinicianFor(long accountId) {
		return this.facilitators.contains(new Facilitator(accountId, FacilitatorKind.CLINICIAN));
	}

	void changeDetails(String name, String site, LocalTime startTime, Collection<Facilitator> facilitators) {
		this.name = name;
		this.site = site;
		this.startTime = startTime;
		this.facilitators.clear();
		this.facilitators.addAll(facilitators);
	}

	/**
	 * Moves a session to a new date. Sessions keep their order: the new date must fall
	 * after the session before it and before the session after it.
	 */
	void moveSession(int number, LocalDate date) {
		PmpSession session = session(number);
		LocalDate after = number > 1 ? session(number - 1).getScheduledOn() : null;
		LocalDate before = number < this.sessions.size() ? session(number + 1).getScheduledOn() : null;
		if ((after != null && !date.isAfter(after)) || (before != null && !date.isBefore(before))) {
			throw new SessionOrderException(after == null ? null : after.plusDays(1),
					before == null ? null : before.minusDays(1));
		}
		session.moveTo(date);
		if (number == 1) {
			this.firstSessionDate = date;
		}
	}

	void cancelSession(int number) {
		session(number).cancel();
	}

	void reinstateSession(int number) {
		session(number).reinstate();
	}

	PmpSession session(int number) {
		return this.sessions.stream()
			.filter((s) -> s.getNumber() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Session", number));
	}

	/** The sessions that go ahead, in order. */
	List<PmpSession> goingAhead() {
		return this.sessions.stream().filter((s) -> !s.isCancelled()).toList();
	}

	/** The closure phase: the last three sessions that go ahead. */
	List<PmpSession> closurePhase() {
		List<PmpSession> running = goingAhead();
		return running.subList(Math.max(0, running.size() - CLOSURE_PHASE_SESSIONS), running.size());
	}

	boolean isInClosurePhase(PmpSession session) {
		return closurePhase().contains(session);
	}

	Optional<PmpSession> nextSession(LocalDate today) {
		return goingAhead().stream().filter((s) -> !s.getScheduledOn().isBefore(today)).findFirst();
	}

	LocalDate lastSessionDate() {
		List<PmpSession> running = goingAhead();
		return running.isEmpty() ? this.firstSessionDate : running.get(running.size() - 1).getScheduledOn();
	}

	PmpStatus status(LocalDate today) {
		List<PmpSession> running = goingAhead();
		if (running.isEmpty() || today.isAfter(lastSessionDate())) {
			return PmpStatus.FINISHED;
		}
		if (today.isBefore(running.get(0).getScheduledOn())) {
			return PmpStatus.NOT_STARTED;
		}
		LocalDate closureStarts = closurePhase().get(0).getScheduledOn();
		return today.isBefore(closureStarts) ? PmpStatus.RUNNING : PmpStatus.CLOSURE_PHASE;
	}

}
