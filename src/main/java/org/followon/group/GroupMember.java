package org.followon.group;

/**
 * A current member as the app itself knows them, to write to them about their own group: the
 * email is for the app's own messages and is never shown to other members.
 */
public record GroupMember(long membershipId, String knownAs, Long accountId, String email) {
}
