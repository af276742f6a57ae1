package org.followon.concern;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/** What the concern pages show, worked out in the services so templates only display. */
final class ConcernViews {

	private ConcernViews() {
	}

	/** A concern as the person who raised it sees it: never the service's notes. */
	record MyConcern(long id, LocalDateTime raisedAt, About about, String aboutName, Urgency urgency,
			ConcernStatus status, LocalDateTime acknowledgedAt, LocalDateTime closedAt, LocalDateTime acknowledgeBy,
			LocalDateTime respondBy) {
	}

	/**
	 * One open concern in the duty queue: no names and no words from it, only where it
	 * stands.
	 */
	record QueueRow(long id, LocalDateTime raisedAt, Age age, Urgency urgency, ConcernStatus status, String groupName,
			LocalDateTime acknowledgeBy, boolean overdue) {
	}

	/** How long ago, in the unit a person would use: minutes, hours, then days. */
	record Age(String unit, long value) {

		static Age of(Duration age) {
			if (age.toMinutes() < 60) {
				return new Age("minutes", Math.max(0, age.toMinutes()));
			}
			return age.toHours() < 48 ? new Age("hours", age.toHours()) : new Age("days", age.toDays());
		}

	}

	/** The whole concern for the duty rota, with its history. */
	record DutyConcern(long id, long version, LocalDateTime raisedAt, Age age, String raisedByName, String groupName,
			Long groupId, About about, String aboutName, String whatHappened, Urgency urgency, PersonKnows personKnows,
			ContactBy contactBy, String contactEmail, String contactPhone, ConcernStatus status,
			LocalDateTime acknowledgeBy, LocalDateTime respondBy, ConcernOutcome outcome, String outcomeNote,
			List<HistoryLine> history, List<ReadLine> reads) {

		public boolean open() {
			return this.status != ConcernStatus.CLOSED;
		}

	}

	/** One line of history: what, when, by whom (null: the app itself), with any note. */
	record HistoryLine(EventKind kind, LocalDateTime at, String by, String note) {
	}

	/** Someone on the duty rota opened the concern. */
	record ReadLine(LocalDateTime at, String by) {
	}

	/** A closed concern in the list of closed ones. */
	record ClosedRow(long id, LocalDateTime raisedAt, LocalDateTime closedAt, Urgency urgency, String groupName,
			ConcernOutcome outcome) {
	}

	/** A page of closed concerns (pages count from 1). */
	record ClosedPage(List<ClosedRow> rows, int page, boolean hasNext) {

		public boolean hasPrevious() {
			return this.page > 1;
		}

	}

}
