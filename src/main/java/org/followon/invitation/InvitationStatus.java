package org.followon.invitation;

/**
 * Where an invitation stands, as the clinician sees it; labels in messages.properties.
 */
enum InvitationStatus {

	/** Emailed; waiting for the person to set up their account. */
	SENT,
	/** Has an email address, but the email could not be sent: send it again. */
	NOT_SENT,
	/** No email address: the person gets a printed card with a join code. */
	PRINTED_CARD,
	/** The person has set up their account. */
	USED,
	/** Not used within 14 days: send it again. */
	EXPIRED

}
