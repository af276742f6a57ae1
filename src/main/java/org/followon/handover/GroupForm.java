package org.followon.handover;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.system.TimeInput;

/**
 * A group the room agrees on: who is in it, who coordinates, how it meets, its first
 * meeting.
 */
record GroupForm(@NotBlank @Size(max = 100) String name, @NotEmpty List<Long> memberIds,
		@NotEmpty List<Long> coordinatorIds, List<Long> coCoordinatorIds, @NotNull Frequency frequency,
		@Size(max = 100) String usualTime, @NotNull Channel channel, String day, String month, String year,
		@NotBlank @Pattern(regexp = TimeInput.PATTERN) String time, @Size(max = 200) String venue,
		@Size(max = 500) @Pattern(regexp = "https?://\\S+") String link, Long supportingPtvId, Long version) {

	static GroupForm of(GroupPlan plan, long version) {
		return new GroupForm(plan.name(), plan.memberIds(), plan.coordinatorIds(), plan.coCoordinatorIds(),
				plan.frequency(), plan.usualTime(), plan.channel(),
				Integer.toString(plan.firstMeetingOn().getDayOfMonth()),
				Integer.toString(plan.firstMeetingOn().getMonthValue()),
				Integer.toString(plan.firstMeetingOn().getYear()), TimeInput.format(plan.firstMeetingAt()),
				plan.firstMeetingVenue(), plan.firstMeetingLink(), plan.supportingPtvId(), version);
	}

	List<Long> coCoordinatorIdsOrEmpty() {
		return this.coCoordinatorIds == null ? List.of() : this.coCoordinatorIds;
	}

}
