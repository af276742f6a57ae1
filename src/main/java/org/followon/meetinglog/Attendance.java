package org.followon.meetinglog;

import jakarta.persistence.Embeddable;

/**
 * One member ticked as present, and whether their membership came from a PMP, as when
 * logged.
 */
@Embeddable
record Attendance(Long membershipId, boolean fromPmp) {
}
