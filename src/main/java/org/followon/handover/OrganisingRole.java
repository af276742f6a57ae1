package org.followon.handover;

/** The organising role someone volunteers for; OTHER is a role the group names itself. */
enum OrganisingRole {

	NONE, COORDINATOR, CO_COORDINATOR, OTHER

}
