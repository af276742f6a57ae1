package org.followon.summary;

import java.time.LocalDate;

import org.followon.system.DateInput;

import org.springframework.validation.Errors;

/** Reads the period asked for, rejecting what cannot be a period on the form's fields. */
final class SummaryPeriods {

	private SummaryPeriods() {
	}

	/**
	 * The period, or null after rejecting the form. No period given means the latest
	 * complete half-year.
	 */
	static SummaryPeriod read(SummaryPeriodForm form, Errors errors, LocalDate today) {
		if (form.datesGiven()) {
			LocalDate from = DateInput.read(errors, "fromDay", form.fromDay(), form.fromMonth(), form.fromYear());
			LocalDate to = DateInput.read(errors, "toDay", form.toDay(), form.toMonth(), form.toYear());
			if (from != null && to != null && to.isBefore(from)) {
				errors.rejectValue("toDay", "BeforeStart");
			}
			if (from != null && from.isAfter(today)) {
				errors.rejectValue("fromDay", "InTheFuture");
			}
			return errors.hasErrors() ? null : new SummaryPeriod(from, to);
		}
		if (form.half() != null) {
			SummaryPeriod half = SummaryPeriod.ofHalfKey(form.half());
			if (half == null) {
				errors.rejectValue("half", "Unknown");
			}
			return half;
		}
		return SummaryPeriod.lastCompleteHalf(today);
	}

}
