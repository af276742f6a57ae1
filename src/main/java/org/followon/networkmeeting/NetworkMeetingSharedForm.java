package org.followon.networkmeeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One entry of what a group shared: a new one (no entry id) or a correction. */
record NetworkMeetingSharedForm(Long entryId, @NotNull Long groupId, @NotBlank @Size(max = 1000) String what,
		Long version) {

}
