package org.followon.invitation;

import org.followon.system.RejectedValueException;

/**
 * Someone took the address between the form's check and the save (the accounts' unique
 * index says so): shown on the address like the check's own error.
 */
class EmailInUseException extends RejectedValueException {

	EmailInUseException() {
		super("email", "InUse");
	}

}
