package org.followon.group;

/** What a group's usual venue offers; labels in messages.properties. */
public enum Accessibility {

	STEP_FREE, SEATING, PARKING, ACCESSIBLE_TOILET, QUIET

}
