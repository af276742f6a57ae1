package org.followon.reminder;

/** How a member gets reminders; labels in messages.properties. */
enum ReminderChannel {

	EMAIL, TEXT, NONE;

	/**
	 * How a reminder actually reaches this member: their choice (email if they have not
	 * chosen and the app has their address), falling back to email when a text cannot be
	 * sent (texts switched off, or no mobile), and to nothing when the app has no way to
	 * reach them.
	 */
	static ReminderChannel effective(ReminderChannel chosen, boolean hasEmail, boolean hasMobile, boolean textsOn) {
		ReminderChannel channel = chosen != null ? chosen : EMAIL;
		if (channel == TEXT && !(textsOn && hasMobile)) {
			channel = EMAIL;
		}
		return channel == EMAIL && !hasEmail ? NONE : channel;
	}

}
