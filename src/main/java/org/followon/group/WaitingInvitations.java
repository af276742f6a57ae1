package org.followon.group;

import java.time.LocalDate;
import java.util.List;

/**
 * The invitations a group's coordinators have made that nobody has used yet, listed for
 * them on the group page. The invitation module provides this, so that the group module
 * need not depend on it; without one the list is empty.
 */
public interface WaitingInvitations {

	/** The group's waiting invitations by name. The caller checks who may see them. */
	List<Waiting> of(long groupId);

	/**
	 * One waiting invitation: {@code status} is its label's message code, {@code version}
	 * guards sending it again.
	 */
	record Waiting(long id, String knownAs, boolean emailed, String status, LocalDate expiresOn, long version) {
	}

}
