package org.followon.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.followon.group.Accessibility;
import org.followon.group.VenueType;

/** When and where one meeting is, as checked from a form. */
public record MeetingDetails(LocalDate on, LocalTime startsAt, LocalTime endsAt, String venueName, VenueType venueType,
		String address, String link, Set<Accessibility> accessibility) {

	MeetingDetails on(LocalDate date) {
		return new MeetingDetails(date, this.startsAt, this.endsAt, this.venueName, this.venueType, this.address,
				this.link, this.accessibility);
	}

}
