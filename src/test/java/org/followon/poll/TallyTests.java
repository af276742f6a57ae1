package org.followon.poll;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TallyTests {

	private static final List<PollViews.Option> OPTIONS = List.of(option(1, 10), option(2, 11), option(3, 12),
			option(4, 13));

	private static final List<Tally.Voter> VOTERS = List.of(new Tally.Voter(100, "Ann"), new Tally.Voter(101, "Bob"),
			new Tally.Voter(102, "Cat"));

	private static PollViews.Option option(long id, int day) {
		return new PollViews.Option(id,
				new NewOption(LocalDate.of(2027, 3, day), LocalTime.of(11, 0), LocalTime.of(12, 0), null, null));
	}

	private static List<Long> ranked(Tally tally) {
		return tally.ranked().stream().map((l) -> l.option().id()).toList();
	}

	private static List<Long> best(Tally tally) {
		return tally.lines().stream().filter(Tally.Line::best).map((l) -> l.option().id()).toList();
	}

	@Test
	void mostYesComesFirstThenMostIfNeedBeThenTheOrderProposed() {
		Tally tally = Tally.of(OPTIONS, VOTERS,
				Map.of(100L, Map
					.of(1L, Availability.IF_NEED_BE, 2L, Availability.YES, 3L, Availability.YES, 4L, Availability.NO),
						101L,
						Map.of(1L, Availability.IF_NEED_BE, 2L, Availability.YES, 3L, Availability.IF_NEED_BE, 4L,
								Availability.YES),
						102L, Map.of(1L, Availability.YES, 2L, Availability.NO, 3L, Availability.YES)));
		// 3: two yes and one if need be; 2: two yes; 1: one yes and two if need be; 4:
		// one yes.
		assertThat(ranked(tally)).containsExactly(3L, 2L, 1L, 4L);
		assertThat(best(tally)).containsExactly(3L);
		Tally.Line four = tally.lines().get(3);
		assertThat(four.yes()).isEqualTo(1);
		assertThat(four.no()).isEqualTo(1);
		assertThat(four.notAnswered()).isEqualTo(1);
		assertThat(four.said()).containsExactly(new Tally.Said("Ann", Availability.NO),
				new Tally.Said("Bob", Availability.YES), new Tally.Said("Cat", null));
	}

	@Test
	void equallyGoodOptionsAreAllBestInTheOrderProposed() {
		Tally tally = Tally.of(OPTIONS, VOTERS, Map.of(100L, Map.of(2L, Availability.YES, 4L, Availability.YES), 101L,
				Map.of(2L, Availability.IF_NEED_BE, 4L, Availability.IF_NEED_BE)));
		assertThat(ranked(tally)).containsExactly(2L, 4L, 1L, 3L);
		assertThat(best(tally)).containsExactly(2L, 4L);
	}

	@Test
	void nothingIsBestWhenNobodyCanMakeAnyOfThem() {
		Tally none = Tally.of(OPTIONS, VOTERS, Map.of());
		assertThat(best(none)).isEmpty();
		assertThat(none.anyAnswers()).isFalse();
		Tally noes = Tally.of(OPTIONS, VOTERS, Map.of(100L,
				Map.of(1L, Availability.NO, 2L, Availability.NO, 3L, Availability.NO, 4L, Availability.NO)));
		assertThat(best(noes)).isEmpty();
		assertThat(noes.anyAnswers()).isTrue();
	}

	@Test
	void answersOfPeopleWhoHaveLeftAreNotCounted() {
		Tally tally = Tally.of(OPTIONS, VOTERS, Map.of(999L, Map.of(1L, Availability.YES)));
		assertThat(tally.lines().get(0).yes()).isZero();
		assertThat(tally.lines().get(0).notAnswered()).isEqualTo(3);
	}

}
