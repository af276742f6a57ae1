package org.followon.group;

/** Where a group meets; labels in messages.properties. */
public enum VenueType {

	CAFE, PUB_OR_BAR, COMMUNITY_SPACE, HOME, RESTAURANT, OUTDOORS, ONLINE

}
