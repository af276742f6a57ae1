package org.followon.account;

/**
 * Global roles. Coordinator is not one: it belongs to a person within a group.
 * {@code DUTY} is held besides {@code CLINICIAN} or {@code STAFF} by those on the rota
 * that answers welfare concerns.
 */
public enum Role {

	CLINICIAN, PTV, MEMBER, STAFF, DUTY;

	public String authority() {
		return "ROLE_" + name();
	}

}
