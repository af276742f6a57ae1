package org.followon.account;

/**
 * The demo sign-ins' account ids, which the account module's demo data hands to the
 * demo's later parts: the demo PMPs' facilitators, the demo group's coordinator and
 * member.
 */
public record DemoSignIns(long clinician, long ptv, long member, long coordinator, long staff) {
}
