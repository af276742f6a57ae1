package org.followon.meeting;

import java.time.DayOfWeek;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.followon.group.Accessibility;
import org.followon.group.VenueType;
import org.followon.system.TimeInput;

/**
 * When and where a meeting is and, when scheduling, whether it repeats. Changing one
 * meeting uses the same fields without the repeat. Cross-field checks are in
 * {@link MeetingForms}.
 */
record MeetingForm(String day, String month, String year,
		@NotBlank @Pattern(regexp = TimeInput.PATTERN) String startTime,
		@NotBlank @Pattern(regexp = TimeInput.PATTERN) String endTime, @NotBlank @Size(max = 100) String venueName,
		@NotNull VenueType venueType, @Size(max = 300) String address,
		@Size(max = 500) @Pattern(regexp = "https?://\\S+", flags = Pattern.Flag.CASE_INSENSITIVE) String link,
		Set<Accessibility> accessibility, Repeat repeat, Integer everyWeeks, WeekOfMonth monthWeek, DayOfWeek monthDay,
		RepeatEnd ends, String untilDay, String untilMonth, String untilYear, Integer count, Long version) {

	/** A new meeting: nothing filled in, not repeating. */
	static MeetingForm blank() {
		return new MeetingForm(null, null, null, null, null, null, null, null, null, Set.of(), Repeat.NONE, null, null,
				null, null, null, null, null, null, null);
	}

	/** One meeting as it is now, to change it. */
	static MeetingForm of(MeetingDetails meeting, long version) {
		return new MeetingForm(Integer.toString(meeting.on().getDayOfMonth()),
				Integer.toString(meeting.on().getMonthValue()), Integer.toString(meeting.on().getYear()),
				TimeInput.format(meeting.startsAt()), TimeInput.format(meeting.endsAt()), meeting.venueName(),
				meeting.venueType(), meeting.address(), meeting.link(), meeting.accessibility(), Repeat.NONE, null,
				null, null, null, null, null, null, null, version);
	}

}
