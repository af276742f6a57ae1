package org.followon.group;

/**
 * The demo group, which the handover module's demo data forms from the finished demo PMP
 * and hands to the demo's later parts (its meetings and its poll): its id, and the
 * membership of its coordinator, the demo coordinator.
 */
public record DemoGroup(long id, long coordinatorMembershipId) {
}
