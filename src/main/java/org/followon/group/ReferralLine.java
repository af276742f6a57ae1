package org.followon.group;

import java.time.Instant;

/** A referral as the group's coordinators see it. */
public record ReferralLine(String knownAs, String note, Instant referredAt) {
}
