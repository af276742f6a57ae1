package org.followon.networkmeeting;

import jakarta.validation.constraints.NotNull;

/** An invitee's answer: going, maybe or not going. */
record NetworkMeetingRsvpForm(@NotNull NetworkMeetingAnswer answer) {

}
