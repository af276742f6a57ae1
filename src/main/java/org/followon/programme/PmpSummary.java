package org.followon.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * A PMP as other modules see it: its closure-phase session dates (the last three that go
 * ahead, in order) and its facilitators' account ids.
 */
public record PmpSummary(long id, String name, String site, List<LocalDate> closureSessions, LocalDate lastSession,
		List<Long> clinicianIds, List<Long> ptvIds, boolean finished) {
}
