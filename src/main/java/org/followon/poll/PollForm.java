package org.followon.poll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.followon.group.VenueType;
import org.followon.system.DateInput;
import org.followon.system.TimeInput;

/**
 * A new poll: its title, an optional closing date and rows of dates and times; rows left
 * empty are ignored. The options are checked, with their numbers, by
 * {@link PollFormValidator}.
 */
record PollForm(@NotBlank @Size(max = 100) String title, String closesDay, String closesMonth, String closesYear,
		List<OptionForm> options) {

	static final int FIRST_ROWS = 3;

	static PollForm blank() {
		return new PollForm(null, null, null, null, rows(List.of(), FIRST_ROWS));
	}

	/** The same form with room for one more option, up to the most a poll may have. */
	PollForm withAnotherRow() {
		List<OptionForm> now = this.options == null ? List.of() : this.options;
		return new PollForm(this.title, this.closesDay, this.closesMonth, this.closesYear,
				rows(now, Math.min(Poll.MOST, now.size() + 1)));
	}

	/** The closing date of a valid form, null if none was given. */
	LocalDate closesOn() {
		boolean given = this.closesDay != null || this.closesMonth != null || this.closesYear != null;
		return given ? DateInput.parse(this.closesDay, this.closesMonth, this.closesYear) : null;
	}

	/** The options filled in on a valid form. */
	List<NewOption> newOptions() {
		List<OptionForm> all = (this.options == null) ? List.of() : this.options;
		return all.stream()
			.filter((row) -> row != null && !row.empty())
			.map((row) -> new NewOption(DateInput.parse(row.day, row.month, row.year), TimeInput.parse(row.startTime),
					TimeInput.parse(row.endTime), row.venueName, row.venueType))
			.toList();
	}

	private static List<OptionForm> rows(List<OptionForm> rows, int size) {
		List<OptionForm> all = new ArrayList<>(rows);
		while (all.size() < size) {
			all.add(new OptionForm(null, null, null, null, null, null, null));
		}
		return all;
	}

	/** One date and time; the place is optional. */
	record OptionForm(String day, String month, String year, String startTime, String endTime, String venueName,
			VenueType venueType) {

		boolean empty() {
			return this.day == null && this.month == null && this.year == null && this.startTime == null
					&& this.endTime == null && this.venueName == null && this.venueType == null;
		}

	}

}
