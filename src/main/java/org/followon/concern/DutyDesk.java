package org.followon.concern;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;
import org.followon.concern.ConcernViews.Age;
import org.followon.concern.ConcernViews.ClosedPage;
import org.followon.concern.ConcernViews.ClosedRow;
import org.followon.concern.ConcernViews.DutyConcern;
import org.followon.concern.ConcernViews.HistoryLine;
import org.followon.concern.ConcernViews.QueueRow;
import org.followon.concern.ConcernViews.ReadLine;
import org.followon.group.GroupSummary;
import org.followon.group.Groups;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service's side of concerns, for those on the duty rota only (checked against the
 * database on every request, so someone taken off the rota loses access at once): the
 * queue, a concern (each opening recorded), acknowledging, recording actions and closing,
 * each a line of history.
 */
@Service
@Transactional
class DutyDesk {

	static final int CLOSED_PAGE_SIZE = 25;

	private final ConcernRepository concerns;

	private final ConcernEventRepository events;

	private final ConcernReadRepository reads;

	private final Accounts accounts;

	private final Groups groups;

	private final WorkingHours hours;

	private final Clock clock;

	DutyDesk(ConcernRepository concerns, ConcernEventRepository events, ConcernReadRepository reads, Accounts accounts,
			Groups groups, WorkingHours hours, Clock clock) {
		this.concerns = concerns;
		this.events = events;
		this.reads = reads;
		this.accounts = accounts;
		this.groups = groups;
		this.hours = hours;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<QueueRow> queue(long dutyId) {
		requireDuty(dutyId);
		Instant now = this.clock.instant();
		List<Concern> open = this.concerns.findOpenForQueue();
		Map<Long, String> groupNames = groupNames(open);
		return open.stream()
			.map((c) -> new QueueRow(c.getId(), local(c.getRaisedAt()), Age.of(Duration.between(c.getRaisedAt(), now)),
					c.getUrgency(), c.status(), groupNames.get(c.getGroupId()), local(c.getAcknowledgeBy()),
					c.status() == ConcernStatus.RECEIVED && !now.isBefore(c.getAcknowledgeBy())))
			.toList();
	}

	/**
	 * The concern in full; this reading is recorded, whoever reads it and however often.
	 */
	DutyConcern open(long concernId, long dutyId) {
		requireDuty(dutyId);
		Concern c = find(concernId);
		Instant now = this.clock.instant();
		this.reads.save(new ConcernRead(concernId, dutyId, now));
		List<ConcernEvent> history = this.events.findByConcernIdOrderByAtAscIdAsc(concernId);
		List<ConcernRead> readings = this.reads.findByConcernIdOrderByReadAtAscIdAsc(concernId);
		Set<Long> people = new HashSet<>();
		people.add(c.getRaisedBy());
		history.stream().map(ConcernEvent::getAccountId).filter(Objects::nonNull).forEach(people::add);
		readings.forEach((r) -> people.add(r.getAccountId()));
		Map<Long, AccountSummary> names = this.accounts.byIds(people);
		GroupSummary group = c.getGroupId() == null ? null : this.groups.summary(c.getGroupId());
		return new DutyConcern(c.getId(), c.getVersion(), local(c.getRaisedAt()),
				Age.of(Duration.between(c.getRaisedAt(), now)), name(names, c.getRaisedBy()),
				group == null ? null : group.name(), c.getGroupId(), c.getAbout(), c.getAboutName(),
				c.getWhatHappened(), c.getUrgency(), c.getPersonKnows(), c.getContactBy(), c.getContactEmail(),
				c.getContactPhone(), c.status(), local(c.getAcknowledgeBy()), local(c.getRespondBy()), c.getOutcome(),
				c.getOutcomeNote(),
				history.stream()
					.map((e) -> new HistoryLine(e.getKind(), local(e.getAt()),
							e.getAccountId() == null ? null : name(names, e.getAccountId()), e.getNote()))
					.toList(),
				readings.stream()
					.map((r) -> new ReadLine(local(r.getReadAt()), name(names, r.getAccountId())))
					.toList());
	}

	/**
	 * Closed concerns, the most recently closed first, {@value #CLOSED_PAGE_SIZE} a page.
	 */
	@Transactional(readOnly = true)
	ClosedPage closed(long dutyId, int page) {
		requireDuty(dutyId);
		int shown = Math.max(1, page);
		Slice<Concern> slice = this.concerns
			.findByClosedAtIsNotNullOrderByClosedAtDescIdDesc(PageRequest.of(shown - 1, CLOSED_PAGE_SIZE));
		Map<Long, String> groupNames = groupNames(slice.getContent());
		return new ClosedPage(slice.getContent()
			.stream()
			.map((c) -> new ClosedRow(c.getId(), local(c.getRaisedAt()), local(c.getClosedAt()), c.getUrgency(),
					groupNames.get(c.getGroupId()), c.getOutcome()))
			.toList(), shown, slice.hasNext());
	}

	void acknowledge(long concernId, long version, long dutyId) {
		Concern c = forChange(concernId, version, dutyId);
		Instant now = this.clock.instant();
		if (c.acknowledge(dutyId, now)) {
			this.events.save(new ConcernEvent(concernId, EventKind.ACKNOWLEDGED, now, dutyId, null));
		}
	}

	void recordAction(long concernId, long version, long dutyId, String note) {
		Concern c = forChange(concernId, version, dutyId);
		Instant now = this.clock.instant();
		c.actionRecorded(now);
		this.events.save(new ConcernEvent(concernId, EventKind.ACTION, now, dutyId, note));
	}

	void close(long concernId, long version, long dutyId, ConcernOutcome outcome, String note) {
		Concern c = forChange(concernId, version, dutyId);
		Instant now = this.clock.instant();
		boolean wasAcknowledged = c.getAcknowledgedAt() != null;
		if (c.close(dutyId, now, outcome, note)) {
			if (!wasAcknowledged) {
				this.events.save(new ConcernEvent(concernId, EventKind.ACKNOWLEDGED, now, dutyId, null));
			}
			this.events.save(new ConcernEvent(concernId, EventKind.CLOSED, now, dutyId, note));
		}
	}

	private Concern forChange(long concernId, long version, long dutyId) {
		requireDuty(dutyId);
		Concern c = find(concernId);
		if (c.getVersion() != version) {
			throw new EditClashException("/concerns/" + concernId);
		}
		return c;
	}

	/** The names of the concerns' groups, each looked up once. */
	private Map<Long, String> groupNames(List<Concern> concerns) {
		Map<Long, String> names = new HashMap<>();
		concerns.stream()
			.map(Concern::getGroupId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach((id) -> names.put(id, this.groups.summary(id).name()));
		return names;
	}

	private Concern find(long concernId) {
		return this.concerns.findById(concernId).orElseThrow(() -> new NotFoundException("Concern", concernId));
	}

	private void requireDuty(long accountId) {
		if (!this.accounts.onDuty(accountId)) {
			throw new AccessDeniedException("Not on the duty rota");
		}
	}

	private static String name(Map<Long, AccountSummary> names, long id) {
		AccountSummary a = names.get(id);
		return a == null ? null : a.displayName();
	}

	private LocalDateTime local(Instant at) {
		return at == null ? null : LocalDateTime.ofInstant(at, this.hours.zone());
	}

}
