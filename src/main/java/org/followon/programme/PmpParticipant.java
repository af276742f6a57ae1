package org.followon.programme;

/** A participant enrolled on a PMP, as the handover sees them. */
public record PmpParticipant(long id, String name, String knownAs, String email, String mobile) {
}
