package org.followon.handover;

import java.time.DayOfWeek;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.group.VenueType;

/** One participant's decision, consent and preferences, as recorded in the discussion session. */
record DecisionForm(@NotNull Choice choice, NotJoiningReason reason, @Size(max = 200) String reasonOther,
		boolean shareEmail, boolean shareMobile, boolean hearAboutOtherGroups, Set<DayOfWeek> suitableDays,
		Set<DayPart> suitableTimes, Set<DayPart> unsuitableTimes, Set<VenueType> venueTypes, Frequency frequency,
		Set<Channel> channels, OrganisingRole role, @Size(max = 60) String roleName, Long version) {
}
