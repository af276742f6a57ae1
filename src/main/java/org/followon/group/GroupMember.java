package org.followon.group;

/**
 * A current member as the app itself knows them, to write to them about their own group:
 * the email and mobile are for the app's own messages to this member and are never shown
 * to other members (what they share is {@link ContactLine}); whether they coordinate the
 * group; {@code fromPmp}: they came to the group from its PMP (counted for whether the
 * group has formed).
 */
public record GroupMember(long membershipId, String knownAs, Long accountId, String email, String mobile,
		boolean coordinator, boolean fromPmp) {

}
