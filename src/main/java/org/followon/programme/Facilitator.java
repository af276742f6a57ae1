package org.followon.programme;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
record Facilitator(Long accountId, @Enumerated(EnumType.STRING) FacilitatorKind kind) {
}
