package org.followon.group;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import org.followon.group.GroupStatusRules.Facts;
import org.followon.group.GroupStatusRules.Met;
import org.followon.group.GroupStatusRules.Now;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status rules on their own: forming, active, dormant and folded, and the day each
 * began.
 */
class GroupStatusRulesTests {

	private static final LocalDate STARTED = LocalDate.of(2025, 1, 10);

	private static final LocalDate PMP_ENDED = LocalDate.of(2025, 1, 9);

	private final GroupStatusRules rules = rules(Period.ofMonths(3), Period.ofMonths(12));

	private static GroupStatusRules rules(Period dormantAfter, Period foldedAfterDormant) {
		return new GroupStatusRules(new GroupStatusRules.Settings(dormantAfter, foldedAfterDormant),
				Clock.system(ZoneId.of("Europe/London")));
	}

	@Test
	void aGroupIsFormedByItsFirstFaceToFaceMeetingOfThreePmpParticipantsAfterThePmp() {
		List<Met> meetings = List.of(new Met(PMP_ENDED, true, 8), // the last PMP session
																	// itself
				new Met(LocalDate.of(2025, 2, 1), false, 6), // online
				new Met(LocalDate.of(2025, 3, 1), true, 2), // too few
				new Met(LocalDate.of(2025, 4, 1), true, 3), new Met(LocalDate.of(2025, 5, 1), true, 5));
		assertThat(this.rules.formedOn(meetings, PMP_ENDED)).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(this.rules.formedOn(meetings.subList(0, 3), PMP_ENDED)).isNull();
		assertThat(this.rules.formedOn(List.of(), PMP_ENDED)).isNull();
	}

	@Test
	void formingUntilFormedThenActiveSinceThatMeeting() {
		Facts forming = new Facts(STARTED, null, LocalDate.of(2025, 2, 1), null, null);
		assertThat(this.rules.statusOn(LocalDate.of(2025, 3, 1), forming))
			.isEqualTo(new Now(GroupStatus.FORMING, STARTED));
		LocalDate formed = LocalDate.of(2025, 2, 1);
		Facts active = new Facts(STARTED, formed, formed, formed, null);
		assertThat(this.rules.statusOn(LocalDate.of(2025, 3, 1), active))
			.isEqualTo(new Now(GroupStatus.ACTIVE, formed));
	}

	@Test
	void dormantTheDayAfterThreeMonthsWithoutAMeetingAndFoldedAfterTwelveMonthsDormant() {
		LocalDate last = LocalDate.of(2025, 2, 1);
		Facts facts = new Facts(STARTED, last, last, last, null);
		assertThat(this.rules.statusOn(LocalDate.of(2025, 5, 1), facts).status()).isEqualTo(GroupStatus.ACTIVE);
		assertThat(this.rules.statusOn(LocalDate.of(2025, 5, 2), facts))
			.isEqualTo(new Now(GroupStatus.DORMANT, LocalDate.of(2025, 5, 2)));
		assertThat(this.rules.statusOn(LocalDate.of(2026, 5, 2), facts).status()).isEqualTo(GroupStatus.DORMANT);
		assertThat(this.rules.statusOn(LocalDate.of(2026, 5, 3), facts))
			.isEqualTo(new Now(GroupStatus.FOLDED, LocalDate.of(2026, 5, 3)));
	}

	@Test
	void aGroupThatNeverMetCountsFromTheDayItStarted() {
		Facts never = new Facts(STARTED, null, null, null, null);
		assertThat(this.rules.statusOn(STARTED.plusMonths(3), never).status()).isEqualTo(GroupStatus.FORMING);
		assertThat(this.rules.statusOn(STARTED.plusMonths(3).plusDays(1), never))
			.isEqualTo(new Now(GroupStatus.DORMANT, STARTED.plusMonths(3).plusDays(1)));
	}

	@Test
	void closingByHandFoldsTheGroupFromThatDayWhateverItsMeetings() {
		LocalDate last = LocalDate.of(2025, 2, 1);
		LocalDate closed = LocalDate.of(2025, 2, 10);
		Facts facts = new Facts(STARTED, last, last, last, closed);
		assertThat(this.rules.statusOn(LocalDate.of(2025, 2, 11), facts))
			.isEqualTo(new Now(GroupStatus.FOLDED, closed));
	}

	@Test
	void aGroupThatMeetsAgainAfterADormantGapIsActiveSinceItCameBack() {
		LocalDate formed = LocalDate.of(2025, 2, 1);
		List<Met> meetings = List.of(new Met(formed, true, 4), new Met(LocalDate.of(2025, 3, 1), true, 3),
				new Met(LocalDate.of(2025, 9, 1), true, 3), new Met(LocalDate.of(2025, 10, 1), false, 2));
		assertThat(this.rules.activeSince(meetings, formed)).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(this.rules.activeSince(meetings.subList(0, 2), formed)).isEqualTo(formed);
		assertThat(this.rules.activeSince(meetings, null)).isNull();
	}

	@Test
	void anImportedLastContactLaterThanTheLastMeetingKeepsTheGroupFromDormantUntilThreeMonthsAfterIt() {
		LocalDate last = LocalDate.of(2025, 2, 1);
		LocalDate contact = LocalDate.of(2025, 4, 1);
		Facts facts = new Facts(STARTED, last, last, last, null, contact);
		assertThat(this.rules.statusOn(LocalDate.of(2025, 7, 1), facts).status()).isEqualTo(GroupStatus.ACTIVE);
		assertThat(this.rules.statusOn(LocalDate.of(2025, 7, 2), facts))
			.isEqualTo(new Now(GroupStatus.DORMANT, LocalDate.of(2025, 7, 2)));
		// An earlier contact than the last meeting changes nothing.
		Facts earlier = new Facts(STARTED, last, last, last, null, LocalDate.of(2025, 1, 20));
		assertThat(this.rules.statusOn(LocalDate.of(2025, 5, 2), earlier).status()).isEqualTo(GroupStatus.DORMANT);
	}

	@Test
	void anImportedGroupIsFormedByItsFirstFaceToFaceMeetingAfterItsImportedPmpEnd() {
		FollowOnGroup group = new FollowOnGroup(
				new ImportedGroup("G-1", "Imported", null, PMP_ENDED, STARTED, null, false, null, Frequency.MONTHLY,
						null, List.of(Channel.EMAIL), java.util.Set.of()),
				1, java.time.Instant.parse("2025-06-01T09:00:00Z"));
		this.rules.meetingsChanged(group,
				List.of(new Met(PMP_ENDED.minusDays(7), true, 8), new Met(LocalDate.of(2025, 3, 4), true, 3)),
				group.getPmpEndedOn());
		assertThat(group.statusFacts().formedOn()).isEqualTo(LocalDate.of(2025, 3, 4));
	}

	@Test
	void theTimesAreConfigurable() {
		GroupStatusRules quick = rules(Period.ofMonths(1), Period.ofMonths(2));
		LocalDate last = LocalDate.of(2025, 2, 1);
		Facts facts = new Facts(STARTED, last, last, last, null);
		assertThat(quick.statusOn(LocalDate.of(2025, 3, 2), facts).status()).isEqualTo(GroupStatus.DORMANT);
		assertThat(quick.statusOn(LocalDate.of(2025, 5, 3), facts).status()).isEqualTo(GroupStatus.FOLDED);
	}

}
