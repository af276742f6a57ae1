package org.followon.system;

import java.time.ZoneId;

/**
 * Shared settings for tests that build a module's classes by hand, with the values
 * application.properties gives them unless a test needs its own.
 */
public final class TestSettings {

	private TestSettings() {
	}

	/**
	 * Settings whose links start with the given base URL and whose mail comes from the
	 * given address.
	 */
	public static FollowOnSettings followOn(String baseUrl, String mailFrom) {
		return new FollowOnSettings(baseUrl, ZoneId.of("Europe/London"), "pain-service@example.org",
				new FollowOnSettings.Service(""), new FollowOnSettings.Mail(mailFrom));
	}

	/** Settings whose links start with the given base URL. */
	public static FollowOnSettings followOn(String baseUrl) {
		return followOn(baseUrl, "Follow-on groups <no-reply@example.org>");
	}

}
