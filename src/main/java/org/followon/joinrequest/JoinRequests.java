package org.followon.joinrequest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.followon.group.Groups;
import org.followon.group.RequestsToJoin;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The join requests as the group module's pages list them: waiting on a group's page and
 * counted on its coordinators' home, and each person's own with the answers.
 */
@Service
@Transactional(readOnly = true)
class JoinRequests implements RequestsToJoin {

	private final JoinRequestRepository requests;

	private final Groups groups;

	JoinRequests(JoinRequestRepository requests, Groups groups) {
		this.requests = requests;
		this.groups = groups;
	}

	@Override
	public List<Waiting> waiting(long groupId) {
		return this.requests.findByGroupIdAndStatusOrderByCreatedAt(groupId, JoinRequest.Status.PENDING)
			.stream()
			.map(JoinRequest::waiting)
			.toList();
	}

	@Override
	public Map<Long, Long> waitingCounts(Collection<Long> groupIds) {
		if (groupIds.isEmpty()) {
			return Map.of();
		}
		return this.requests.countWaiting(groupIds)
			.stream()
			.collect(Collectors.toMap(JoinRequestRepository.WaitingCount::getGroupId,
					JoinRequestRepository.WaitingCount::getWaiting));
	}

	@Override
	public List<Asked> askedBy(long accountId) {
		List<JoinRequest> asked = this.requests.findByAccountIdOrderByCreatedAtDesc(accountId);
		Map<Long, String> names = this.groups.namesOf(asked.stream().map(JoinRequest::getGroupId).toList());
		return asked.stream()
			.map((r) -> new Asked(names.getOrDefault(r.getGroupId(), ""), "JoinRequest." + r.getStatus().name()))
			.toList();
	}

}
