package org.followon.group;

/** How often a group meets; labels in messages.properties. */
public enum Frequency {

	WEEKLY, FORTNIGHTLY, MONTHLY, EVERY_6_TO_8_WEEKS, EVERY_2_TO_3_MONTHS, NOT_DECIDED

}
