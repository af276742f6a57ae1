package org.followon.concern;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.followon.group.GroupMember;

/**
 * The concern as typed. Every field is text, so that nothing anyone sends (a tampered
 * choice) stops the form from being shown again with its problems; the choices are read
 * here, and {@link ConcernFormValidator} checks what depends on what. {@code about} is
 * {@code SELF}, {@code SOMEONE_ELSE} or a member's membership id.
 */
record ConcernForm(String groupId, String about, @Size(max = 100) String aboutName,
		@NotBlank @Size(max = 3000) String whatHappened, String urgency, String personKnows, String contactBy,
		@Size(max = 254) String contactEmail, @Size(max = 30) String contactPhone) {

	static final String SELF = "SELF";

	static final String SOMEONE_ELSE = "SOMEONE_ELSE";

	static ConcernForm empty(Long groupId) {
		return new ConcernForm(groupId == null ? null : groupId.toString(), null, null, null, null, null, null, null,
				null);
	}

	/** The group chosen, or null if none (or not a number). */
	Long group() {
		try {
			return this.groupId == null ? null : Long.valueOf(this.groupId);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	Urgency chosenUrgency() {
		return choice(Urgency.class, this.urgency);
	}

	PersonKnows chosenPersonKnows() {
		return choice(PersonKnows.class, this.personKnows);
	}

	ContactBy chosenContactBy() {
		return choice(ContactBy.class, this.contactBy);
	}

	/**
	 * The concern to store, from a valid form: a member it is about must be one of
	 * {@code others}, or it throws {@link NotAGroupMemberException}.
	 */
	NewConcern concern(Long groupId, List<GroupMember> others, String ownName, String accountEmail) {
		About about;
		Long membershipId = null;
		String name;
		if (SELF.equals(this.about)) {
			about = About.SELF;
			name = ownName;
		}
		else if (SOMEONE_ELSE.equals(this.about)) {
			about = About.SOMEONE_ELSE;
			name = this.aboutName;
		}
		else {
			GroupMember member = others.stream()
				.filter((m) -> Long.toString(m.membershipId()).equals(this.about))
				.findFirst()
				.orElseThrow(NotAGroupMemberException::new);
			about = About.MEMBER;
			membershipId = member.membershipId();
			name = member.knownAs();
		}
		ContactBy contact = chosenContactBy();
		String email = (contact == ContactBy.ACCOUNT) ? accountEmail
				: (contact == ContactBy.EMAIL) ? this.contactEmail : null;
		String phone = (contact == ContactBy.PHONE) ? this.contactPhone : null;
		return new NewConcern(groupId, about, membershipId, name, this.whatHappened, chosenUrgency(),
				(about == About.SELF) ? null : chosenPersonKnows(), contact, email, phone);
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value) {
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(value)) {
				return e;
			}
		}
		return null;
	}

}
