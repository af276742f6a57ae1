package org.followon.meeting;

/**
 * How a repeating series ends: on a date, or after a number of meetings. Never
 * open-ended.
 */
enum RepeatEnd {

	UNTIL, COUNT

}
