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
	 * Ofcom keeps 07700 900000 to 07700 900999 for drama and testing: they can never
	 * reach a real person, so demo data and tests use them. libphonenumber does not count
	 * them as mobiles.
	 */
	private static boolean isDramaNumber(PhoneNumber number) {
		long national = number.getNationalNumber();
		return national >= 7700900000L && national <= 7700900999L;
	}

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
			if (number.getCountryCode() != 44
					|| (PHONES.getNumberType(number) != PhoneNumberType.MOBILE && !isDramaNumber(number))) {
				return Optional.empty();
			}
			return Optional.of(PHONES.format(number, PhoneNumberFormat.NATIONAL));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
