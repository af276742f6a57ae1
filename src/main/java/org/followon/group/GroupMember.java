package org.followon.group;

/**
 * A current member as the app itself knows them, to write to them about their own group: the
 * email is for the app's own messages and is never shown to other members. {@code fromPmp}: they
 * came to the group from its PMP (counted for whether the group has formed).
 */
public record GroupMember(long membershipId, String knownAs, Long accountId, String email, boolean fromPmp) {
}
