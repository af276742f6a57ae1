package org.followon.handover;

import java.time.DayOfWeek;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.group.VenueType;

/**
 * One participant's decision, consent and preferences, as recorded in the discussion
 * session. Yes/no answers are Booleans: an unticked box binds as null (nothing shared),
 * never a failure.
 */
record DecisionForm(@NotNull Choice choice, NotJoiningReason reason, @Size(max = 200) String reasonOther,
		Boolean shareEmail, Boolean shareMobile, Boolean hearAboutOtherGroups, Set<DayOfWeek> suitableDays,
		Set<DayPart> suitableTimes, Set<DayPart> unsuitableTimes, Set<VenueType> venueTypes, Frequency frequency,
		Set<Channel> channels, OrganisingRole role, @Size(max = 60) String roleName, Long version) {

	static boolean yes(Boolean answer) {
		return Boolean.TRUE.equals(answer);
	}

}
