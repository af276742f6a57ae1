package org.followon.concern;

/** Whom a concern is about. */
enum About {

	SELF, MEMBER, SOMEONE_ELSE

}
