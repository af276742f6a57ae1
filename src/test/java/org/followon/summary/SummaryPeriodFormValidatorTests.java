package org.followon.summary;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryPeriodFormValidatorTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

	@Test
	void nothingChosenOrAHalfFromTheListIsAPeriod() {
		assertThat(validate(SummaryPeriodForm.empty()).hasErrors()).isFalse();
		assertThat(validate(new SummaryPeriodForm("2026-2", null, null, null, null, null, null)).hasErrors()).isFalse();
	}

	@Test
	void aHalfNotFromTheListIsUnknown() {
		assertThat(validate(new SummaryPeriodForm("2026-3", null, null, null, null, null, null)).getFieldError("half")
			.getCode()).isEqualTo("Unknown");
	}

	@Test
	void typedDatesAreInOrderAndDoNotStartInTheFuture() {
		Errors backwards = validate(new SummaryPeriodForm(null, "1", "2", "2027", "1", "1", "2027"));
		assertThat(backwards.getFieldError("toDay").getCode()).isEqualTo("BeforeStart");
		Errors future = validate(new SummaryPeriodForm(null, "2", "3", "2027", "1", "4", "2027"));
		assertThat(future.getFieldError("fromDay").getCode()).isEqualTo("InTheFuture");
		Errors half = validate(new SummaryPeriodForm("2026-3", null, null, null, "1", "1", "2027"));
		assertThat(half.getFieldError("fromDay").getCode()).as("typed dates win over the list")
			.isEqualTo("DateMissing");
		assertThat(half.getFieldError("half")).isNull();
	}

	private static Errors validate(SummaryPeriodForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "summaryPeriodForm");
		new SummaryPeriodFormValidator(TODAY).validate(form, errors);
		return errors;
	}

}
