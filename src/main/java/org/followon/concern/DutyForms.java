package org.followon.concern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The duty rota's forms on a concern's page. */
final class DutyForms {

	private DutyForms() {
	}

	record ActionForm(@NotNull Long version, @NotBlank @Size(max = 3000) String note) {
	}

	record CloseForm(@NotNull Long version, @NotNull ConcernOutcome outcome, @NotBlank @Size(max = 3000) String outcomeNote) {
	}

}
