package org.followon.group;

/**
 * What a group is for, as its members see it (DOMAIN.md); labels in messages.properties.
 */
public enum GroupPurpose {

	SOCIAL, GOAL_SETTING, PAIN_MANAGEMENT_TECHNIQUES, HOBBIES_AND_CRAFTS, EXERCISE, OUTINGS, OTHER

}
