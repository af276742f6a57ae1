package org.followon.invitation;

/**
 * What the set-up form shows: who was invited, to which group, and the address we have.
 */
record AccountSetupPage(String knownAs, String groupName, String email) {
}
