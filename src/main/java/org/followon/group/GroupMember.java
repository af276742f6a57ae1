package org.followon.group;

/**
 * A current member as the app itself knows them, to write to them about their own group: the
 * email and mobile are for the app's own messages to this member and are never shown to other
 * members (what they share is {@link ContactLine}); whether they coordinate the group.
 */
public record GroupMember(long membershipId, String knownAs, Long accountId, String email, String mobile,
		boolean coordinator) {

	public GroupMember(long membershipId, String knownAs, Long accountId, String email) {
		this(membershipId, knownAs, accountId, email, null, false);
	}

}
