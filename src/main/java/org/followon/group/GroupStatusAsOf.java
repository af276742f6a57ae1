package org.followon.group;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * A group's status on a given day, for reports that read the groups' facts with SQL: the
 * same rules (and settings) as every group page, so a summary never counts dormant or
 * folded groups differently from the rest of the app. Give the facts as they stood on
 * that day (a meeting or a closure after it has not happened yet).
 */
@Component
public class GroupStatusAsOf {

	private final GroupStatusRules rules;

	GroupStatusAsOf(GroupStatusRules rules) {
		this.rules = rules;
	}

	/**
	 * The group's status on a day, from what was known of it then.
	 * @param startedOn the day the group began
	 * @param formedOn the day it formed, if it had by then
	 * @param lastContactOn its last meeting or other contact by then, if any
	 * @param closedOn the day it was closed, if it had been by then
	 */
	public GroupStatus on(LocalDate day, LocalDate startedOn, LocalDate formedOn, LocalDate lastContactOn,
			LocalDate closedOn) {
		// activeSince only dates the status, which a report does not show.
		return this.rules
			.statusOn(day, new GroupStatusRules.Facts(startedOn, formedOn, lastContactOn, formedOn, closedOn))
			.status();
	}

}
