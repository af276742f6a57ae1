package org.followon.handover;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Pointing a participant to an existing group in the network, whose coordinators will see
 * it.
 */
record ReferralForm(@NotNull Long participantId, @NotNull Long groupId, @Size(max = 500) String note) {
}
