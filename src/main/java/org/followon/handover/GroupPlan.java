package org.followon.handover;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.followon.group.Channel;
import org.followon.group.Frequency;

/** A checked plan for a group: members are participant ids who want to join. */
record GroupPlan(String name, List<Long> memberIds, List<Long> coordinatorIds, List<Long> coCoordinatorIds,
		Frequency frequency, String usualTime, Channel channel, LocalDate firstMeetingOn, LocalTime firstMeetingAt,
		String firstMeetingVenue, String firstMeetingLink, Long supportingPtvId) {
}
