package org.followon.programme;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Enrolling a participant, or changing their details (then with the version read). */
record ParticipantForm(@NotBlank @Size(max = 100) String name, @Size(max = 60) String preferredName,
		@Size(max = 254) @Email(regexp = ".+@[^@\\s]+\\.[^@\\s]+") String email, @UkMobile String mobile, Gender gender,
		AgeBand ageBand, Long version) {

	static ParticipantForm empty() {
		return new ParticipantForm(null, null, null, null, null, null, null);
	}

	static ParticipantForm of(Participant p) {
		return new ParticipantForm(p.getName(), p.getPreferredName(), p.getEmail(), p.getMobile(), p.getGender(),
				p.getAgeBand(), p.getVersion());
	}

	ParticipantDetails details() {
		return new ParticipantDetails(this.name, this.preferredName, this.email,
				UkMobileValidator.normalise(this.mobile).orElse(null), this.gender, this.ageBand);
	}

}
