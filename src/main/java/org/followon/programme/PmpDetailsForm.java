package org.followon.programme;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.followon.system.TimeInput;

/**
 * Changing a PMP's name, site, start time and facilitators; the version guards against
 * lost updates.
 */
record PmpDetailsForm(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String site,
		@NotBlank @Pattern(regexp = TimeInput.PATTERN) String startTime, @NotEmpty List<Long> clinicianIds,
		List<Long> ptvIds, @NotNull Long version) {

	List<Long> ptvIdsOrEmpty() {
		return this.ptvIds == null ? List.of() : this.ptvIds;
	}

}
