package org.followon.handover;

import jakarta.validation.constraints.NotNull;

/**
 * Step 1 (no primitives: a missing checkbox must bind as null, not fail): when the idea
 * was introduced, by which PTV and clinician, and whether the sheet was given.
 */
record IntroduceForm(String day, String month, String year, Long ptvId, @NotNull Long clinicianId,
		Boolean informationSheetGiven, Long version) {

	boolean sheetGiven() {
		return Boolean.TRUE.equals(this.informationSheetGiven);
	}

}
