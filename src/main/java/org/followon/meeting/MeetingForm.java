package org.followon.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.followon.group.Accessibility;
import org.followon.group.VenueType;
import org.followon.system.DateInput;
import org.followon.system.TimeInput;

/**
 * When and where a meeting is and, when scheduling, whether it repeats. Changing one
 * meeting uses the same fields without the repeat. Cross-field checks are in
 * {@link MeetingFormValidator}.
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

	/** When and where, from a valid form. */
	MeetingDetails details() {
		Set<Accessibility> chosen = EnumSet.noneOf(Accessibility.class);
		if (this.accessibility != null) {
			chosen.addAll(this.accessibility);
		}
		return new MeetingDetails(DateInput.parse(this.day, this.month, this.year), TimeInput.parse(this.startTime),
				TimeInput.parse(this.endTime), this.venueName, this.venueType, this.address, this.link, chosen);
	}

	/** The repeat rule of a valid form, or null for a single meeting. */
	RepeatRule rule() {
		if (this.repeat == null || this.repeat == Repeat.NONE) {
			return null;
		}
		LocalDate until = (this.ends == RepeatEnd.UNTIL)
				? DateInput.parse(this.untilDay, this.untilMonth, this.untilYear) : null;
		Integer times = (this.ends == RepeatEnd.COUNT) ? this.count : null;
		return (this.repeat == Repeat.WEEKS) ? RepeatRule.everyWeeks(this.everyWeeks, until, times)
				: RepeatRule.monthly(this.monthWeek, this.monthDay, until, times);
	}

}
