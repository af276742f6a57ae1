package org.followon.invitation;

import jakarta.validation.constraints.NotBlank;

/**
 * The join code from a printed card, as typed: any case, with or without the dash or
 * spaces.
 */
record JoinCodeForm(@NotBlank String code) {
}
