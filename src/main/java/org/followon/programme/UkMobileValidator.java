package org.followon.programme;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks and normalises UK mobile numbers with Google's libphonenumber. */
class UkMobileValidator implements ConstraintValidator<UkMobile, String> {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	/**
	 * Ofcom's range for drama and examples, 07700 900000 to 07700 900999. libphonenumber does not
	 * count it as mobile, but the hints show it and the demo data and tests use it.
	 */
	private static final String OFCOM_EXAMPLE_MOBILES = "7700900\\d{3}";

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || normalise(value).isPresent();
	}

	/** The number in UK national format ("07700 900123"), if it is a UK mobile number. */
	static Optional<String> normalise(String value) {
		if (value == null || value.length() > 20) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = PHONES.parse(value, "GB");
			boolean mobile = PHONES.getNumberType(number) == PhoneNumberType.MOBILE
					|| PHONES.getNationalSignificantNumber(number).matches(OFCOM_EXAMPLE_MOBILES);
			if (number.getCountryCode() != 44 || !mobile) {
				return Optional.empty();
			}
			return Optional.of(PHONES.format(number, PhoneNumberFormat.NATIONAL));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
