package org.followon.handover;

import jakarta.validation.constraints.NotNull;

/** Step 1: when the idea was introduced, by which PTV and clinician, and whether the sheet was given. */
record IntroduceForm(String day, String month, String year, Long ptvId, @NotNull Long clinicianId,
		boolean informationSheetGiven, Long version) {
}
