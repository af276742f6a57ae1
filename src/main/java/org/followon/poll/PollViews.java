package org.followon.poll;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.followon.group.GroupAccess;

/**
 * What the poll pages show, worked out in {@link PollService} so templates only display.
 */
final class PollViews {

	private PollViews() {
	}

	record Listing(GroupAccess group, List<Summary> open, List<Summary> finished) {
	}

	record Summary(long id, String title, PollStatus status, LocalDate closesOn, boolean answerable) {
	}

	/** One proposed date and time. */
	record Option(long id, NewOption details) {
	}

	/**
	 * A poll for one person: the options; the member's own answers (empty for others);
	 * the tally for organisers only (null for others).
	 */
	record Page(GroupAccess group, long id, String title, PollStatus status, LocalDate closesOn, boolean answerable,
			List<Option> options, Map<Long, Availability> mine, Tally tally, Option confirmed, Long meetingId,
			long version) {

		public boolean canAnswer() {
			return this.answerable && this.group.member();
		}

		public boolean canDecide() {
			return this.status == PollStatus.OPEN && this.group.organiser();
		}

		public Option option(long optionId) {
			return this.options.stream().filter((o) -> o.id() == optionId).findFirst().orElse(null);
		}

	}

}
