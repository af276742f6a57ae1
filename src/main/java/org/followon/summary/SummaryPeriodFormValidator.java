package org.followon.summary;

import java.time.LocalDate;

import org.followon.system.DateInput;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A period that can be summarised: typed dates that are real, in order and not starting
 * in the future, or a half-year from the list.
 */
class SummaryPeriodFormValidator implements Validator {

	private final LocalDate today;

	SummaryPeriodFormValidator(LocalDate today) {
		this.today = today;
	}

	@Override
	public boolean supports(Class<?> type) {
		return SummaryPeriodForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		SummaryPeriodForm form = (SummaryPeriodForm) target;
		if (form.datesGiven()) {
			LocalDate from = DateInput.read(errors, "fromDay", form.fromDay(), form.fromMonth(), form.fromYear());
			LocalDate to = DateInput.read(errors, "toDay", form.toDay(), form.toMonth(), form.toYear());
			if (from != null && to != null && to.isBefore(from)) {
				errors.rejectValue("toDay", "BeforeStart");
			}
			if (from != null && from.isAfter(this.today)) {
				errors.rejectValue("fromDay", "InTheFuture");
			}
		}
		else if (form.half() != null && SummaryPeriod.ofHalfKey(form.half()) == null) {
			errors.rejectValue("half", "Unknown");
		}
	}

}
