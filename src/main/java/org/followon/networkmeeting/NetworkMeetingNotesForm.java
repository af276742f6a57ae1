package org.followon.networkmeeting;

import jakarta.validation.constraints.Size;

/** The notes staff keep of a network meeting. */
record NetworkMeetingNotesForm(@Size(max = 5000) String notes, Long version) {

}
