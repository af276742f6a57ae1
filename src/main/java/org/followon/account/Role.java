package org.followon.account;

/** Global roles. Coordinator is not one: it belongs to a person within a group. */
public enum Role {

	CLINICIAN, PTV, MEMBER, STAFF;

	public String authority() {
		return "ROLE_" + name();
	}

}
