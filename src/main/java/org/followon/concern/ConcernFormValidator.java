package org.followon.concern;

import java.util.regex.Pattern;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The checks on a concern that depend on more than one field: "someone else" needs a
 * name; whether the person knows is asked unless the concern is about oneself; an email
 * address or phone number is needed if that is how the service should reach the raiser.
 * Whether a member chosen is one of the group's is known only once the group's members
 * are read, when the concern is raised ({@link NotAGroupMemberException}).
 */
class ConcernFormValidator implements Validator {

	/**
	 * A UK or international number: digits with spaces, brackets, dashes, an optional
	 * leading +.
	 */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{10,30}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	@Override
	public boolean supports(Class<?> type) {
		return ConcernForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ConcernForm form = (ConcernForm) target;
		if (form.about() == null) {
			errors.rejectValue("about", "NotBlank");
		}
		if (ConcernForm.SOMEONE_ELSE.equals(form.about()) && form.aboutName() == null) {
			errors.rejectValue("aboutName", "NotBlank");
		}
		if (form.chosenUrgency() == null) {
			errors.rejectValue("urgency", "NotNull");
		}
		if (form.about() != null && !ConcernForm.SELF.equals(form.about()) && form.chosenPersonKnows() == null) {
			errors.rejectValue("personKnows", "NotNull");
		}
		ContactBy contactBy = form.chosenContactBy();
		if (contactBy == null) {
			errors.rejectValue("contactBy", "NotNull");
		}
		else if (contactBy == ContactBy.EMAIL) {
			if (form.contactEmail() == null) {
				errors.rejectValue("contactEmail", "NotBlank");
			}
			else if (!EMAIL.matcher(form.contactEmail()).matches()) {
				errors.rejectValue("contactEmail", "Email");
			}
		}
		else if (contactBy == ContactBy.PHONE) {
			String phone = form.contactPhone();
			if (phone == null) {
				errors.rejectValue("contactPhone", "NotBlank");
			}
			else if (!PHONE.matcher(phone).matches() || digits(phone) < 10 || digits(phone) > 15) {
				errors.rejectValue("contactPhone", "Pattern");
			}
		}
	}

	private static long digits(String phone) {
		return phone.chars().filter(Character::isDigit).count();
	}

}
