package org.followon.handover;

/** A participant's decision about joining a follow-on group. */
enum Choice {

	JOINING, NOT_FOR_ME, UNDECIDED

}
