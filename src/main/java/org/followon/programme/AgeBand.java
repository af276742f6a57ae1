package org.followon.programme;

/** Asked only for the service's fairness monitoring; labels in messages.properties. */
enum AgeBand {

	UNDER_30, FROM_30_TO_39, FROM_40_TO_49, FROM_50_TO_59, FROM_60_TO_69, FROM_70_TO_79, OVER_80, PREFER_NOT_TO_SAY

}
