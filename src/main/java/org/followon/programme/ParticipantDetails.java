package org.followon.programme;

/** A participant's details once checked and normalised (mobile in UK national format). */
record ParticipantDetails(String name, String preferredName, String email, String mobile, Gender gender,
		AgeBand ageBand) {
}
