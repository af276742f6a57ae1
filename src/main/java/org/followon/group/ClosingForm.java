package org.followon.group;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Closing a group: why (required), and a note if wanted. */
record ClosingForm(@NotNull ClosingReason reason, @Size(max = 500) String note, Long version) {
}
