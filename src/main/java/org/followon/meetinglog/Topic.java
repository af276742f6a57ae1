package org.followon.meetinglog;

/**
 * What a meeting covered, as its coordinators log it; labels are messages "Topic.<NAME>".
 */
enum Topic {

	SOCIAL, GOAL_SETTING, PACING, RELAXATION, EXERCISE, FLARE_UP_SUPPORT, SHARING_TECHNIQUES, OUTING,
	HOBBIES_AND_CRAFTS, OTHER

}
