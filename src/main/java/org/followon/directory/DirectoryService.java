package org.followon.directory;

import java.time.DayOfWeek;
import java.util.List;

import org.followon.group.GroupSummary;
import org.followon.group.Groups;

import org.springframework.stereotype.Service;

/**
 * The groups the directory lists: open to new members and not folded, filtered by the
 * group module's query.
 */
@Service
class DirectoryService {

	private final Groups groups;

	DirectoryService(Groups groups) {
		this.groups = groups;
	}

	/**
	 * Open groups by name.
	 * @param area part of the area, in any case; null or blank for any
	 * @param day the usual day; null for any
	 * @param how "online", any other word for in person, null or blank for either
	 */
	List<GroupSummary> open(String area, DayOfWeek day, String how) {
		Boolean online = (how == null || how.isEmpty()) ? null : "online".equals(how);
		return this.groups.openToNewMembers(area, day, online);
	}

}
