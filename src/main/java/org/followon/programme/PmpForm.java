package org.followon.programme;

import java.time.DayOfWeek;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.followon.system.TimeInput;

/** Setting up a new PMP. The first date comes as the NHS date input's three boxes. */
record PmpForm(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String site, String firstDay,
		String firstMonth, String firstYear,
		@NotNull @Min(Pmp.MIN_SESSIONS) @Max(Pmp.MAX_SESSIONS) Integer sessionCount, @NotNull DayOfWeek weekday,
		@NotBlank @Pattern(regexp = TimeInput.PATTERN) String startTime, @NotEmpty List<Long> clinicianIds,
		List<Long> ptvIds) {

	static PmpForm startingWith(long clinicianId) {
		return new PmpForm(null, null, null, null, null, 10, null, null, List.of(clinicianId), List.of());
	}

	List<Long> ptvIdsOrEmpty() {
		return this.ptvIds == null ? List.of() : this.ptvIds;
	}

}
