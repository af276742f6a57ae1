package org.followon.poll;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.followon.group.VenueType;

/**
 * Confirming one option: the meeting's place, filled in from the option if it named one,
 * with the address or link that only members will see.
 */
record ConfirmForm(@NotNull Long optionId, @NotBlank @Size(max = 100) String venueName, @NotNull VenueType venueType,
		@Size(max = 300) String address,
		@Size(max = 500) @Pattern(regexp = "https?://\\S+", flags = Pattern.Flag.CASE_INSENSITIVE) String link,
		Long version) {

	static ConfirmForm of(PollViews.Option option, long version) {
		return new ConfirmForm(option.id(), option.details().venueName(), option.details().venueType(), null, null,
				version);
	}

}
