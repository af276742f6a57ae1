package org.followon.poll;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How the group answered a poll, option by option, counting only current members. The
 * best options have the most yes answers, then the most "if need be"; an option nobody
 * can make is never the best.
 */
record Tally(List<Line> lines) {

	/**
	 * Options in the order they were proposed; answers by membership id, then option id.
	 */
	static Tally of(List<PollViews.Option> options, List<Voter> voters, Map<Long, Map<Long, Availability>> answers) {
		List<Line> counted = options.stream().map((option) -> {
			List<Said> said = voters.stream()
				.map((v) -> new Said(v.knownAs(), answers.getOrDefault(v.membershipId(), Map.of()).get(option.id())))
				.toList();
			return new Line(option, count(said, Availability.YES), count(said, Availability.IF_NEED_BE),
					count(said, Availability.NO), count(said, null), said, false);
		}).toList();
		Line top = counted.stream().min(BEST_FIRST).orElse(null);
		return new Tally(counted.stream()
			.map((l) -> l.withBest(top != null && top.yes() + top.ifNeedBe() > 0 && BEST_FIRST.compare(l, top) == 0))
			.toList());
	}

	private static final Comparator<Line> BEST_FIRST = Comparator.comparingInt(Line::yes)
		.thenComparingInt(Line::ifNeedBe)
		.reversed();

	private static int count(List<Said> said, Availability availability) {
		return (int) said.stream().filter((s) -> s.availability() == availability).count();
	}

	/** The options, best first; equally good ones in the order they were proposed. */
	public List<Line> ranked() {
		return this.lines.stream().sorted(BEST_FIRST).toList();
	}

	public boolean anyAnswers() {
		return this.lines.stream().anyMatch((l) -> l.notAnswered() < l.said().size());
	}

	/** A current member, as the tally names them. */
	record Voter(long membershipId, String knownAs) {
	}

	/** What one member said to one option; null if they have not answered it. */
	record Said(String knownAs, Availability availability) {
	}

	record Line(PollViews.Option option, int yes, int ifNeedBe, int no, int notAnswered, List<Said> said,
			boolean best) {

		Line withBest(boolean best) {
			return new Line(this.option, this.yes, this.ifNeedBe, this.no, this.notAnswered, this.said, best);
		}

	}

}
