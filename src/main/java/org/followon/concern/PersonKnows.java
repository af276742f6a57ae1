package org.followon.concern;

/** Whether the person the concern is about knows it is being raised. */
enum PersonKnows {

	YES, NO, NOT_SURE

}
