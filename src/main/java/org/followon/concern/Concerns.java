package org.followon.concern;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.followon.account.Accounts;
import org.followon.concern.ConcernViews.MyConcern;
import org.followon.group.GroupAccess;
import org.followon.group.GroupMember;
import org.followon.group.GroupSummary;
import org.followon.group.Groups;
import org.followon.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raising a concern and following it: saved first with its history's first line, the
 * alert sent after the commit; when it must be acknowledged and answered, worked out from
 * the service's working hours. A person sees only the concerns they raised; anyone else's
 * is "not found".
 */
@Service
@Transactional(readOnly = true)
class Concerns {

	private final ConcernRepository concerns;

	private final ConcernEventRepository events;

	private final ConcernMails alerts;

	private final Groups groups;

	private final Accounts accounts;

	private final WorkingHours hours;

	private final ConcernSettings settings;

	private final Clock clock;

	Concerns(ConcernRepository concerns, ConcernEventRepository events, ConcernMails alerts, Groups groups,
			Accounts accounts, WorkingHours hours, ConcernSettings settings, Clock clock) {
		this.concerns = concerns;
		this.events = events;
		this.alerts = alerts;
		this.groups = groups;
		this.accounts = accounts;
		this.hours = hours;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The groups someone may raise a concern in: those they belong to, and those they
	 * support.
	 */
	List<GroupSummary> groupsOf(long accountId) {
		Map<Long, GroupSummary> found = new LinkedHashMap<>();
		this.groups.of(accountId).forEach((g) -> found.put(g.id(), g));
		this.groups.all()
			.stream()
			.filter((g) -> g.supportingPtvId() != null && g.supportingPtvId() == accountId)
			.forEach((g) -> found.putIfAbsent(g.id(), g));
		return List.copyOf(found.values());
	}

	/**
	 * The group, if this person belongs to it or supports it; otherwise none (no list of
	 * members).
	 */
	Optional<GroupAccess> groupFor(Long groupId, long accountId) {
		if (groupId == null) {
			return Optional.empty();
		}
		try {
			GroupAccess access = this.groups.access(groupId, accountId);
			return access.insider() ? Optional.of(access) : Optional.empty();
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	/** The group's current members other than the person raising the concern. */
	List<GroupMember> othersIn(GroupAccess group, long accountId) {
		return this.groups.currentMembers(group.groupId())
			.stream()
			.filter((m) -> m.accountId() == null || m.accountId() != accountId)
			.toList();
	}

	/** The address on this person's account, for "reach me at my account's email". */
	Optional<String> accountEmail(long accountId) {
		return this.accounts.emailOf(accountId);
	}

	String displayName(long accountId) {
		return Optional.ofNullable(this.accounts.byIds(List.of(accountId)).get(accountId))
			.map((a) -> a.displayName())
			.orElse(null);
	}

	/**
	 * Saves the concern and its first line of history; the duty inbox is told once it
	 * commits.
	 */
	@Transactional
	long raise(long accountId, NewConcern concern) {
		Instant now = this.clock.instant();
		Instant acknowledgeBy = this.hours.plus(now, this.settings.escalateAfter());
		Instant respondBy = concern.urgency() == Urgency.TODAY ? this.hours.endOfWorkingDay(acknowledgeBy, 0)
				: this.hours.endOfWorkingDay(now, this.settings.soonWorkingDays());
		Concern saved = this.concerns.saveAndFlush(new Concern(accountId, now, concern, acknowledgeBy, respondBy));
		this.events.save(new ConcernEvent(saved.getId(), EventKind.CREATED, now, accountId, null));
		this.alerts.firstAlertAfterCommit(saved.getId(), saved.getUrgency());
		return saved.getId();
	}

	List<MyConcern> mine(long accountId) {
		return this.concerns.findByRaisedByOrderByRaisedAtDesc(accountId).stream().map(this::view).toList();
	}

	/**
	 * One of this person's own concerns; anyone else's is "not found", so its existence
	 * is not told.
	 */
	MyConcern mine(long accountId, long concernId) {
		return this.concerns.findById(concernId)
			.filter((c) -> c.getRaisedBy() == accountId)
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("Concern", concernId));
	}

	private MyConcern view(Concern c) {
		return new MyConcern(c.getId(), local(c.getRaisedAt()), c.getAbout(), c.getAboutName(), c.getUrgency(),
				c.status(), local(c.getAcknowledgedAt()), local(c.getClosedAt()), local(c.getAcknowledgeBy()),
				local(c.getRespondBy()));
	}

	private LocalDateTime local(Instant at) {
		return at == null ? null : LocalDateTime.ofInstant(at, this.hours.zone());
	}

}
