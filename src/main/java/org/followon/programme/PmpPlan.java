package org.followon.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A checked {@link PmpForm}: what a new PMP is created from. */
record PmpPlan(String name, String site, LocalDate firstSession, int sessionCount, LocalTime startTime,
		List<Facilitator> facilitators) {
}
