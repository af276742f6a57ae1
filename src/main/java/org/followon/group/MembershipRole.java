package org.followon.group;

/** A member's organising role in their group; a group may also name roles of its own. */
public enum MembershipRole {

	MEMBER, COORDINATOR, CO_COORDINATOR;

	public boolean organises() {
		return this != MEMBER;
	}

}
