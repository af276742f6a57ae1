package org.followon.concern;

import java.util.List;

import org.followon.group.GroupMember;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcernFormValidatorTests {

	private static final GroupMember LINDA = new GroupMember(71, "Linda", 5L, "l@example.org", null, true, true);

	@Test
	void whetherThePersonKnowsIsAskedUnlessTheConcernIsAboutOneself() {
		assertThat(validate(form("SELF", null, "ACCOUNT", null)).hasErrors()).isFalse();
		assertThat(validate(form("71", null, "ACCOUNT", null)).getFieldError("personKnows").getCode())
			.isEqualTo("NotNull");
		assertThat(validate(form("SOMEONE_ELSE", "NO", "ACCOUNT", null)).getFieldError("aboutName").getCode())
			.isEqualTo("NotBlank");
	}

	@Test
	void aPhoneNumberHasTenToFifteenDigits() {
		assertThat(validate(form("SELF", null, "PHONE", "1 2 3 4 5 6 7 8 9")).getFieldError("contactPhone").getCode())
			.isEqualTo("Pattern");
		assertThat(validate(form("SELF", null, "PHONE", "+44 161 496 0000")).hasErrors()).isFalse();
		assertThat(validate(form("SELF", null, "PHONE", null)).getFieldError("contactPhone").getCode())
			.isEqualTo("NotBlank");
	}

	@Test
	void aMemberNotInTheGroupIsFoundWhenTheConcernIsMade() {
		ConcernForm form = form("72", "NO", "ACCOUNT", null);
		assertThat(validate(form).hasErrors()).isFalse();
		assertThatThrownBy(() -> form.concern(7L, List.of(LINDA), "Jo", "jo@example.org"))
			.isInstanceOf(NotAGroupMemberException.class);
		assertThat(form("71", "NO", "ACCOUNT", null).concern(7L, List.of(LINDA), "Jo", "jo@example.org"))
			.isEqualTo(new NewConcern(7L, About.MEMBER, 71L, "Linda", "She said she could not go on.", Urgency.TODAY,
					PersonKnows.NO, ContactBy.ACCOUNT, "jo@example.org", null));
	}

	private static ConcernForm form(String about, String personKnows, String contactBy, String phone) {
		return new ConcernForm("7", about, null, "She said she could not go on.", "TODAY", personKnows, contactBy, null,
				phone);
	}

	private static Errors validate(ConcernForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "concernForm");
		new ConcernFormValidator().validate(form, errors);
		return errors;
	}

}
