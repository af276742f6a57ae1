package org.followon.networkmeeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.followon.system.DateInput;
import org.followon.system.TimeInput;

/**
 * Scheduling or changing a network meeting. Besides these checks, those of
 * {@link NetworkMeetingFormValidator}: a real date not in the past, an end after the
 * start, and a place: a venue, an online link, or both.
 */
record NetworkMeetingForm(@NotBlank @Size(max = 120) String title, String day, String month, String year,
		@NotBlank @Pattern(regexp = TimeInput.PATTERN) String startTime,
		@NotBlank @Pattern(regexp = TimeInput.PATTERN) String endTime, @Size(max = 100) String venueName,
		@Size(max = 300) String address,
		@Size(max = 500) @Pattern(regexp = "https?://\\S+", flags = Pattern.Flag.CASE_INSENSITIVE) String link,
		@NotBlank @Size(max = 500) String purpose, Long version) {

	static NetworkMeetingForm blank() {
		return new NetworkMeetingForm(null, null, null, null, null, null, null, null, null, null, null);
	}

	static NetworkMeetingForm of(NetworkMeetingDetails m, long version) {
		return new NetworkMeetingForm(m.title(), Integer.toString(m.on().getDayOfMonth()),
				Integer.toString(m.on().getMonthValue()), Integer.toString(m.on().getYear()),
				TimeInput.format(m.startsAt()), TimeInput.format(m.endsAt()), m.venueName(), m.address(), m.link(),
				m.purpose(), version);
	}

	/** The meeting's details, from a valid form. */
	NetworkMeetingDetails details() {
		return new NetworkMeetingDetails(this.title.trim(), DateInput.parse(this.day, this.month, this.year),
				TimeInput.parse(this.startTime), TimeInput.parse(this.endTime), orNull(this.venueName),
				orNull(this.address), orNull(this.link), this.purpose.trim());
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String orNull(String s) {
		return blank(s) ? null : s.trim();
	}

}
