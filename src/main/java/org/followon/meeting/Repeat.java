package org.followon.meeting;

/** How a scheduled meeting repeats; labels in messages.properties. */
enum Repeat {

	NONE, WEEKS, MONTHLY

}
