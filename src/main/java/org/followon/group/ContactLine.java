package org.followon.group;

/**
 * A member as fellow members see them: their name, and only the contact details they
 * agreed to share (null otherwise). Every page, export and PDF shows members through this
 * record.
 */
public record ContactLine(String knownAs, String email, String mobile, MembershipRole role, String namedRole) {

	public boolean organises() {
		return this.role.organises();
	}

}
