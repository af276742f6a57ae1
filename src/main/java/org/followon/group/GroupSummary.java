package org.followon.group;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What other modules and pages know of a group, with its status today and the day it
 * began.
 */
public record GroupSummary(long id, String name, Long pmpId, Frequency frequency, String usualTime, Channel channel,
		LocalDate firstMeetingOn, LocalTime firstMeetingAt, String firstMeetingVenue, String firstMeetingLink,
		Long supportingPtvId, String purpose, String area, VenueType venueType, Set<Accessibility> accessibility,
		boolean meetsOnline, boolean openToNewMembers, DayOfWeek usualDay, GroupStatus status, LocalDate statusSince,
		LocalDate formedOn, LocalDate lastMetOn) {
}
