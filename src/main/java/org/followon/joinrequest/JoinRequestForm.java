package org.followon.joinrequest;

import jakarta.validation.constraints.Size;

/** Asking to join: an optional short message for the coordinators (no health details). */
record JoinRequestForm(@Size(max = 300) String message) {
}
