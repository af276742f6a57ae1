package org.followon.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A group that met before the app, as an import file describes it. Matched on
 * {@code externalId}, the service's own id for it, so importing it again updates it.
 *
 * @param folded whether the service knows it has stopped meeting (closed from its last
 * contact)
 * @param channels how it keeps in touch, the main way first
 */
public record ImportedGroup(String externalId, String name, String area, LocalDate pmpEndedOn, LocalDate startedOn,
		LocalDate lastContactOn, boolean folded, Integer maxAttending, Frequency frequency, VenueType venueType,
		List<Channel> channels, Set<GroupPurpose> purposes) {

	public ImportedGroup {
		channels = List.copyOf(channels);
		purposes = Set.copyOf(purposes);
	}

}
