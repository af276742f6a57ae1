package org.followon.group;

import org.springframework.security.access.AccessDeniedException;

/**
 * What one person is to one group, for modules that keep the group's own records
 * (meetings): a current member (with their membership), one of its coordinators, its
 * supporting PTV.
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

	/**
	 * Current members and the supporting PTV; nobody else sees where and how the group
	 * meets.
	 */
	public boolean insider() {
		return member() || this.supportingPtv;
	}

	/**
	 * This access, if the person organises the group's meetings; otherwise "forbidden".
	 */
	public GroupAccess requireOrganiser() {
		return require(organiser(), "Not an organiser of this group");
	}

	/** This access, if the person is a current member; otherwise "forbidden". */
	public GroupAccess requireMember() {
		return require(member(), "Not a member of this group");
	}

	/**
	 * This access, if the person is a current member or the supporting PTV; otherwise
	 * "forbidden".
	 */
	public GroupAccess requireInsider() {
		return require(insider(), "Not a member of this group");
	}

	private GroupAccess require(boolean allowed, String why) {
		if (!allowed) {
			throw new AccessDeniedException(why);
		}
		return this;
	}

}
