package org.followon.concern;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.followon.group.GroupMember;

import org.springframework.validation.Errors;

/**
 * The checks on a concern that depend on more than one field, and turning a checked form
 * into what is stored: the member chosen must be a current member of the group; "someone
 * else" needs a name; whether the person knows is asked unless the concern is about
 * oneself; an email address or phone number is needed if that is how the service should
 * reach the raiser.
 */
final class ConcernForms {

	/**
	 * A UK or international number: digits with spaces, brackets, dashes, an optional
	 * leading +.
	 */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{10,30}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private ConcernForms() {
	}

	/** The concern to store, or empty with the problems added to {@code errors}. */
	static Optional<NewConcern> check(ConcernForm form, Errors errors, Long groupId, List<GroupMember> others,
			String ownName, String accountEmail) {
		Urgency urgency = choice(Urgency.class, form.urgency());
		PersonKnows knows = choice(PersonKnows.class, form.personKnows());
		ContactBy contactBy = choice(ContactBy.class, form.contactBy());
		if (form.about() == null) {
			errors.rejectValue("about", "NotBlank");
		}
		About about = null;
		Long membershipId = null;
		String name = null;
		if (ConcernForm.SELF.equals(form.about())) {
			about = About.SELF;
			name = ownName;
		}
		else if (ConcernForm.SOMEONE_ELSE.equals(form.about())) {
			about = About.SOMEONE_ELSE;
			name = form.aboutName();
			if (name == null) {
				errors.rejectValue("aboutName", "NotBlank");
			}
		}
		else if (form.about() != null) {
			GroupMember member = others.stream()
				.filter((m) -> Long.toString(m.membershipId()).equals(form.about()))
				.findFirst()
				.orElse(null);
			if (member == null) {
				errors.rejectValue("about", "Invalid");
			}
			else {
				about = About.MEMBER;
				membershipId = member.membershipId();
				name = member.knownAs();
			}
		}
		if (urgency == null) {
			errors.rejectValue("urgency", "NotNull");
		}
		if (about != null && about != About.SELF && knows == null) {
			errors.rejectValue("personKnows", "NotNull");
		}
		if (contactBy == null) {
			errors.rejectValue("contactBy", "NotNull");
		}
		String email = null;
		String phone = null;
		if (contactBy == ContactBy.ACCOUNT) {
			email = accountEmail;
		}
		else if (contactBy == ContactBy.EMAIL) {
			email = form.contactEmail();
			if (email == null) {
				errors.rejectValue("contactEmail", "NotBlank");
			}
			else if (!EMAIL.matcher(email).matches()) {
				errors.rejectValue("contactEmail", "Email");
			}
		}
		else if (contactBy == ContactBy.PHONE) {
			phone = form.contactPhone();
			if (phone == null) {
				errors.rejectValue("contactPhone", "NotBlank");
			}
			else if (!PHONE.matcher(phone).matches() || digits(phone) < 10 || digits(phone) > 15) {
				errors.rejectValue("contactPhone", "Pattern");
			}
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new NewConcern(groupId, about, membershipId, name, form.whatHappened(), urgency,
				about == About.SELF ? null : knows, contactBy, email, phone));
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value) {
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(value)) {
				return e;
			}
		}
		return null;
	}

	private static long digits(String phone) {
		return phone.chars().filter(Character::isDigit).count();
	}

}
