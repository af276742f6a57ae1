package org.followon.handover;

import java.util.List;
import java.util.Map;

import org.followon.group.Groups;
import org.followon.group.NewGroup;

/**
 * What confirming a hand-over did: the groups it formed, with each member's membership.
 */
record HandoverOutcome(long pmpId, List<Formed> formed, Map<Long, DiscussionService.ParticipantDecision> decisions) {

	record Formed(Groups.FormedGroup group, GroupPlan plan, List<NewGroup.NewMember> members) {
	}

}
