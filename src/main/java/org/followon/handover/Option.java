package org.followon.handover;

/** A choice in a list of people or groups, for the form fragments. */
record Option(long id, String displayName) {
}
