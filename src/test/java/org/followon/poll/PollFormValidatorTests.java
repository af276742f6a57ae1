package org.followon.poll;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class PollFormValidatorTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

	private static final PollForm.OptionForm EMPTY = new PollForm.OptionForm(null, null, null, null, null, null, null);

	@Test
	void twoFilledRowsAreEnoughAndEmptyRowsAreIgnored() {
		Errors errors = validate(new PollForm("Next meeting", null, null, null,
				List.of(option("9", "10:00", "11:00"), EMPTY, option("16", "10:00", "11:00"))));
		assertThat(errors.hasErrors()).isFalse();
	}

	@Test
	void aProblemWithAnOptionNamesItByItsNumber() {
		Errors errors = validate(new PollForm("Next meeting", null, null, null,
				List.of(option("9", "10:00", "11:00"), EMPTY, option("32", "11:00", "10:00"))));
		assertThat(errors.getFieldError("options[2].endTime").getCode()).isEqualTo("EndBeforeStart");
		assertThat(errors.getFieldError("options[2].endTime").getArguments()).containsExactly(3);
		assertThat(errors.getFieldError("options[2].day").getCode()).isEqualTo("DateInvalid");
		assertThat(errors.getFieldError("options[2].day").getArguments()).containsExactly(3);
	}

	@Test
	void oneOptionIsTooFewAndAPastClosingDateIsRefused() {
		Errors errors = validate(new PollForm("Next meeting", "28", "2", "2027", List.of(option("9", "10:00", ""))));
		assertThat(errors.getFieldError("options").getCode()).isEqualTo("TooFew");
		assertThat(errors.getFieldError("closesDay").getCode()).isEqualTo("DateInPast");
		assertThat(errors.getFieldError("options[0].endTime").getCode()).isEqualTo("Pattern");
	}

	private static PollForm.OptionForm option(String day, String start, String end) {
		return new PollForm.OptionForm(day, "3", "2027", start, end, null, null);
	}

	private static Errors validate(PollForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "pollForm");
		new PollFormValidator(TODAY).validate(form, errors);
		return errors;
	}

}
