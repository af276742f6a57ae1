package org.followon.group;

/**
 * What one person is to one group, for modules that keep the group's own records (meetings):
 * a current member (with their membership), one of its coordinators, its supporting PTV.
 */
public record GroupAccess(long groupId, String groupName, Long membershipId, boolean coordinator,
		boolean supportingPtv) {

	public boolean member() {
		return this.membershipId != null;
	}

	/** Coordinators and the supporting PTV organise the group's meetings. */
	public boolean organiser() {
		return this.coordinator || this.supportingPtv;
	}

	/** Current members and the supporting PTV; nobody else sees where and how the group meets. */
	public boolean insider() {
		return member() || this.supportingPtv;
	}

}
