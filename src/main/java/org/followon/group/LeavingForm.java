package org.followon.group;

import jakarta.validation.constraints.Size;

/** Leaving a group: the reason is optional. */
record LeavingForm(LeavingReason reason, @Size(max = 200) String reasonOther, Long version) {
}
