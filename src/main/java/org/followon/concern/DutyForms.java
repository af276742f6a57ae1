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

	/** The outcome is text so a tampered one is shown as a problem like a missing one. */
	record CloseForm(@NotNull Long version, String outcome, @NotBlank @Size(max = 3000) String outcomeNote) {

		ConcernOutcome chosen() {
			for (ConcernOutcome o : ConcernOutcome.values()) {
				if (o.name().equals(this.outcome)) {
					return o;
				}
			}
			return null;
		}

	}

}
