package org.followon.concern;

/** How the service can reach the person who raised a concern. */
enum ContactBy {

	/** The email address of their account. */
	ACCOUNT, EMAIL, PHONE

}
