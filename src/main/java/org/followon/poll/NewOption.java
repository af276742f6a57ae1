package org.followon.poll;

import java.time.LocalDate;
import java.time.LocalTime;

import org.followon.group.VenueType;

/** A date and time to propose, as checked from a form; the place is optional. */
record NewOption(LocalDate on, LocalTime startsAt, LocalTime endsAt, String venueName, VenueType venueType) {
}
