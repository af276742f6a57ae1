package org.followon.group;

import java.time.DayOfWeek;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a group's coordinators say about it. The area is a place name or postcode
 * district, never an address: it is what the network's directory shows.
 */
record GroupDetailsForm(@NotBlank @Size(max = 100) String name, @Size(max = 300) String purpose,
		@Size(max = 60) @Pattern(regexp = "[^0-9]*|[A-Za-z]{1,2}[0-9][A-Za-z0-9]?") String area,
		@NotNull Frequency frequency, DayOfWeek usualDay, @Size(max = 100) String usualTime, @NotNull Channel channel,
		VenueType venueType, Set<Accessibility> accessibility, Boolean meetsOnline, Boolean openToNewMembers,
		Long version) {

	boolean online() {
		return Boolean.TRUE.equals(this.meetsOnline);
	}

	boolean open() {
		return Boolean.TRUE.equals(this.openToNewMembers);
	}

}
