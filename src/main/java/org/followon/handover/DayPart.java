package org.followon.handover;

/**
 * Parts of the day, for times that suit and times that do not (many are tired by late
 * afternoon).
 */
enum DayPart {

	MORNING, AFTERNOON, LATE_AFTERNOON, EVENING

}
