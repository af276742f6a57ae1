package org.followon.networkmeeting;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What staff say about a network meeting: its title, when, where (a venue, an online link
 * or both), and why.
 */
record NetworkMeetingDetails(String title, LocalDate on, LocalTime startsAt, LocalTime endsAt, String venueName,
		String address, String link, String purpose) {

}
