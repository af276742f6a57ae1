package org.followon.poll;

/** A member's answer to one option of a poll; labels in messages.properties. */
enum Availability {

	YES, IF_NEED_BE, NO

}
