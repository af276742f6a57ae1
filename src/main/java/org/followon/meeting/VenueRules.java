package org.followon.meeting;

import org.followon.group.VenueType;

import org.springframework.validation.Errors;

/**
 * The rules on a meeting's place that Bean Validation cannot state, for the validator of
 * any form with the fields {@code address} and {@code link} (a meeting's, a poll's
 * confirmation): a link to meet online, an address to meet at home.
 */
public final class VenueRules {

	private VenueRules() {
	}

	public static void check(VenueType type, String address, String link, Errors errors) {
		if (type == VenueType.ONLINE && link == null && !errors.hasFieldErrors("link")) {
			errors.rejectValue("link", "LinkNeeded");
		}
		if (type == VenueType.HOME && address == null && !errors.hasFieldErrors("address")) {
			errors.rejectValue("address", "AddressNeeded");
		}
	}

}
