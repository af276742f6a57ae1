package org.followon.concern;

/**
 * How a concern was closed, coded so the service can count them; a note says the rest.
 */
enum ConcernOutcome {

	SPOKE_TO_PERSON, SPOKE_TO_RAISER, PASSED_TO_GP_OR_OTHER_SERVICE, EMERGENCY_SERVICES, NO_FURTHER_ACTION,
	COULD_NOT_CONTACT, OTHER

}
