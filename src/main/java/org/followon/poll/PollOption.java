package org.followon.poll;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.followon.group.VenueType;

/** One date and time a poll proposes, perhaps with a place; part of its poll. */
@Entity
class PollOption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private LocalDate meetsOn;

	private LocalTime startsAt;

	private LocalTime endsAt;

	private String venueName;

	@Enumerated(EnumType.STRING)
	private VenueType venueType;

	protected PollOption() {
	}

	PollOption(int position, NewOption option) {
		this.position = position;
		this.meetsOn = option.on();
		this.startsAt = option.startsAt();
		this.endsAt = option.endsAt();
		this.venueName = option.venueName();
		this.venueType = option.venueType();
	}

	Long getId() {
		return this.id;
	}

	NewOption details() {
		return new NewOption(this.meetsOn, this.startsAt, this.endsAt, this.venueName, this.venueType);
	}

}
