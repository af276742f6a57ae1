package org.followon.system;

import java.time.LocalTime;

/** Times as people type them: "10:00", "9.30", "14:15". */
public final class TimeInput {

	public static final String PATTERN = "([01]?\\d|2[0-3])[:.][0-5]\\d";

	private TimeInput() {
	}

	public static String format(LocalTime time) {
		return String.format("%02d:%02d", time.getHour(), time.getMinute());
	}

	public static LocalTime parse(String text) {
		String[] parts = text.trim().split("[:.]");
		return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
	}

}
