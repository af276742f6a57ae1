package org.followon.programme;

/** Asked only for the service's fairness monitoring; labels in messages.properties. */
enum Gender {

	WOMAN, MAN, NON_BINARY, ANOTHER_WAY, PREFER_NOT_TO_SAY

}
