package org.followon.concern;

/** A concern as checked from the form, ready to store. */
record NewConcern(Long groupId, About about, Long aboutMembershipId, String aboutName, String whatHappened,
		Urgency urgency, PersonKnows personKnows, ContactBy contactBy, String contactEmail, String contactPhone) {
}
