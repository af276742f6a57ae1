package org.followon.meeting;

/** A member's answer to a meeting or a whole series; labels in messages.properties. */
enum Answer {

	GOING, MAYBE, NOT_GOING

}
