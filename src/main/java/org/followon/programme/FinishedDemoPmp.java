package org.followon.programme;

/**
 * The demo PMP that has finished, which the programme module's demo data hands to the
 * demo's hand-over: its id, and the participants on it the hand-over treats each in their
 * own way (the demo coordinator and member, who have sign-ins; Margaret, who shares her
 * mobile; Carol and Helen, who did not join the group).
 */
public record FinishedDemoPmp(long id, long lindaEvans, long peterHughes, long margaretJones, long carolWilliams,
		long helenThomas) {
}
