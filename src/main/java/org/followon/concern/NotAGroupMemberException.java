package org.followon.concern;

import org.followon.system.RejectedValueException;

/**
 * The member a concern is about is not (or no longer) one of the group's other members: a
 * choice tampered with, or someone who left while the form was open.
 */
class NotAGroupMemberException extends RejectedValueException {

	NotAGroupMemberException() {
		super("about", "Invalid");
	}

}
