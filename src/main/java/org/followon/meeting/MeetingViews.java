package org.followon.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.followon.group.GroupAccess;
import org.followon.group.VenueType;

/**
 * What the meeting pages show, worked out in {@link MeetingService} so templates only
 * display.
 */
final class MeetingViews {

	private MeetingViews() {
	}

	/**
	 * One meeting in a list, with the viewer's own answer (null if none, or not a
	 * member).
	 */
	record Row(long id, LocalDate on, LocalTime startsAt, LocalTime endsAt, String venueName, VenueType venueType,
			boolean cancelled, boolean inSeries, Answer myAnswer) {
	}

	record Listing(GroupAccess group, List<Row> upcoming, List<Row> past) {
	}

	/** A scheduled meeting its organisers are about to change or cancel. */
	record Changeable(GroupAccess group, long id, MeetingDetails meeting, boolean inSeries, long version) {
	}

	/** How many members are going, might go, are not going, and have not answered. */
	record Counts(long going, long maybe, long notGoing, long unanswered) {

		static Counts of(List<AnswerLine> lines) {
			return new Counts(count(lines, Answer.GOING), count(lines, Answer.MAYBE), count(lines, Answer.NOT_GOING),
					count(lines, null));
		}

		private static long count(List<AnswerLine> lines, Answer answer) {
			return lines.stream().filter((l) -> l.answer() == answer).count();
		}

	}

	/**
	 * A member's name and answer, for the group's organisers; null answer: not answered
	 * yet.
	 */
	record AnswerLine(String knownAs, Answer answer) {
	}

	/**
	 * One meeting. The viewer's answers: to this meeting, to its series, and the one that
	 * counts. The answers of everyone, and their counts, only for the group's organisers.
	 */
	record Page(GroupAccess group, long id, MeetingDetails meeting, boolean cancelled, boolean inSeries, boolean past,
			Answer meetingAnswer, Answer seriesAnswer, List<AnswerLine> answers, Counts counts, long version) {

		public Answer myAnswer() {
			return this.meetingAnswer != null ? this.meetingAnswer : this.seriesAnswer;
		}

		public boolean canAnswer() {
			return this.group.member() && !this.cancelled && !this.past;
		}

		public boolean canChange() {
			return this.group.organiser() && !this.cancelled && !this.past;
		}

	}

}
