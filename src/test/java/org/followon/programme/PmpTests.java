package org.followon.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PmpTests {

	private static final LocalDate FIRST = LocalDate.of(2027, 3, 2); // a Tuesday

	private static Pmp tenSessions() {
		return new Pmp("PMP Test", "Riverside", FIRST, 10, LocalTime.of(10, 0),
				List.of(new Facilitator(1L, FacilitatorKind.CLINICIAN), new Facilitator(2L, FacilitatorKind.PTV)), 1L,
				Instant.EPOCH);
	}

	private static List<Integer> numbers(List<PmpSession> sessions) {
		return sessions.stream().map(PmpSession::getNumber).toList();
	}

	@Test
	void plansWeeklySessionsFromTheFirstDate() {
		Pmp pmp = tenSessions();
		assertThat(pmp.getSessions()).hasSize(10);
		assertThat(pmp.session(1).getScheduledOn()).isEqualTo(FIRST);
		assertThat(pmp.session(10).getScheduledOn()).isEqualTo(FIRST.plusWeeks(9));
		assertThat(pmp.getEndTime()).isEqualTo(LocalTime.of(13, 0));
	}

	@Test
	void theLastThreeSessionsAreTheClosurePhase() {
		assertThat(numbers(tenSessions().closurePhase())).containsExactly(8, 9, 10);
	}

	@Test
	void aCancelledSessionLeavesTheClosurePhaseToTheLastThreeThatGoAhead() {
		Pmp pmp = tenSessions();
		pmp.cancelSession(9);
		assertThat(numbers(pmp.closurePhase())).containsExactly(7, 8, 10);
		pmp.reinstateSession(9);
		assertThat(numbers(pmp.closurePhase())).containsExactly(8, 9, 10);
	}

	@Test
	void aSessionMovesBetweenItsNeighboursOnly() {
		Pmp pmp = tenSessions();
		pmp.moveSession(4, FIRST.plusWeeks(3).plusDays(2));
		assertThat(pmp.session(4).isMoved()).isTrue();
		assertThatThrownBy(() -> pmp.moveSession(5, FIRST.plusWeeks(5))).isInstanceOf(SessionOrderException.class)
			.satisfies((ex) -> {
				SessionOrderException order = (SessionOrderException) ex;
				assertThat(order.earliest()).isEqualTo(FIRST.plusWeeks(3).plusDays(3));
				assertThat(order.latest()).isEqualTo(FIRST.plusWeeks(5).minusDays(1));
			});
		assertThat(pmp.session(5).getScheduledOn()).isEqualTo(FIRST.plusWeeks(4));
	}

	@Test
	void movingTheFirstSessionMovesTheStartOfThePmp() {
		Pmp pmp = tenSessions();
		pmp.moveSession(1, FIRST.minusDays(7));
		assertThat(pmp.getFirstSessionDate()).isEqualTo(FIRST.minusDays(7));
	}

	@Test
	void statusFollowsTheCalendar() {
		Pmp pmp = tenSessions();
		assertThat(pmp.status(FIRST.minusDays(1))).isEqualTo(PmpStatus.NOT_STARTED);
		assertThat(pmp.status(FIRST)).isEqualTo(PmpStatus.RUNNING);
		assertThat(pmp.status(FIRST.plusWeeks(7).minusDays(1))).isEqualTo(PmpStatus.RUNNING);
		assertThat(pmp.status(FIRST.plusWeeks(7))).isEqualTo(PmpStatus.CLOSURE_PHASE);
		assertThat(pmp.status(FIRST.plusWeeks(9))).isEqualTo(PmpStatus.CLOSURE_PHASE);
		assertThat(pmp.status(FIRST.plusWeeks(9).plusDays(1))).isEqualTo(PmpStatus.FINISHED);
	}

	@Test
	void theNextSessionSkipsCancelledOnes() {
		Pmp pmp = tenSessions();
		pmp.cancelSession(3);
		assertThat(pmp.nextSession(FIRST.plusWeeks(1).plusDays(1))).get()
			.extracting(PmpSession::getNumber)
			.isEqualTo(4);
		assertThat(pmp.nextSession(FIRST.plusWeeks(10))).isEmpty();
	}

	@Test
	void weeksUntilTheClosurePhaseRoundUp() {
		Pmp pmp = tenSessions();
		PmpViews.Detail threeWeeks = PmpViews.Detail.of(pmp, FIRST.plusWeeks(4), List.of(), List.of(), List.of(), true);
		assertThat(threeWeeks.weeksToClosure()).isEqualTo(3);
		assertThat(threeWeeks.closureStarts()).isEqualTo(FIRST.plusWeeks(7));
		PmpViews.Detail fewDays = PmpViews.Detail.of(pmp, FIRST.plusWeeks(6).plusDays(1), List.of(), List.of(),
				List.of(), true);
		assertThat(fewDays.weeksToClosure()).isEqualTo(1);
		PmpViews.Detail during = PmpViews.Detail.of(pmp, FIRST.plusWeeks(7), List.of(), List.of(), List.of(), true);
		assertThat(during.weeksToClosure()).isNull();
	}

	@Test
	void onlyEightToTwelveSessions() {
		assertThatThrownBy(() -> new Pmp("x", "y", FIRST, 13, LocalTime.NOON, List.of(), 1L, Instant.EPOCH))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void knowsItsFacilitators() {
		Pmp pmp = tenSessions();
		assertThat(pmp.isFacilitatedBy(2L)).isTrue();
		assertThat(pmp.isClinicianFor(2L)).isFalse();
		assertThat(pmp.isClinicianFor(1L)).isTrue();
		assertThat(pmp.isFacilitatedBy(3L)).isFalse();
	}

}
