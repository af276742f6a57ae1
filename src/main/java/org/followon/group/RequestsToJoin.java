package org.followon.group;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * People asking to join groups, for the group pages: the requests waiting on a group's
 * page (its coordinators answer there), how many wait for each coordinator on their home
 * page, and what a person has asked on theirs. The joinrequest module provides this, so
 * that the group module need not depend on it; without one, nobody is asking.
 */
public interface RequestsToJoin {

	/**
	 * The group's requests waiting for an answer, oldest first. The caller checks who may
	 * see them.
	 */
	List<Waiting> waiting(long groupId);

	/**
	 * How many requests wait for an answer, by group id, for those of these groups that
	 * have any.
	 */
	Map<Long, Long> waitingCounts(Collection<Long> groupIds);

	/** What this person has asked, newest first, with the answers. */
	List<Asked> askedBy(long accountId);

	/** A request waiting for an answer; {@code version} guards answering it. */
	record Waiting(long id, String knownAs, String message, long version) {
	}

	/**
	 * One of a person's own requests: the group's name and {@code status}, its label's
	 * message code.
	 */
	record Asked(String group, String status) {
	}

}
