package org.followon.networkmeeting;

import java.util.List;
import java.util.Objects;

import org.followon.group.Groups;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What groups shared at a network meeting: staff add, correct and remove the entries
 * afterwards.
 */
@Service
@Transactional(readOnly = true)
class NetworkMeetingSharing {

	private final NetworkMeetingSharedRepository shared;

	private final Groups groups;

	private final JdbcClient jdbc;

	NetworkMeetingSharing(NetworkMeetingSharedRepository shared, Groups groups, JdbcClient jdbc) {
		this.shared = shared;
		this.groups = groups;
		this.jdbc = jdbc;
	}

	/** The meeting's entries with their groups' names, in one query. */
	List<NetworkMeetingViews.Shared> entries(long meetingId) {
		return this.jdbc.sql("""
				select s.id, g.name as group_name, s.what from network_meeting_shared s
				  join group_facts g on g.id = s.group_id
				 where s.network_meeting_id = :meeting order by s.id""")
			.param("meeting", meetingId)
			.query(NetworkMeetingViews.Shared.class)
			.list();
	}

	/** Every group, to choose from. */
	List<NetworkMeetingViews.GroupChoice> groupChoices() {
		return this.groups.all().stream().map((g) -> new NetworkMeetingViews.GroupChoice(g.id(), g.name())).toList();
	}

	NetworkMeetingShared entry(long meetingId, long entryId) {
		return this.shared.findById(entryId)
			.filter((e) -> e.getNetworkMeetingId() == meetingId)
			.orElseThrow(() -> new NotFoundException("Shared entry", entryId));
	}

	/** Adds an entry (no id) or changes one; the group must exist. */
	@Transactional
	void save(long meetingId, NetworkMeetingSharedForm form) {
		long groupId = this.groups.summary(form.groupId()).id();
		if (form.entryId() == null) {
			this.shared.save(new NetworkMeetingShared(meetingId, groupId, form.what()));
			return;
		}
		current(meetingId, form.entryId(), form.version()).change(groupId, form.what());
	}

	@Transactional
	void remove(long meetingId, Long entryId, Long version) {
		if (entryId == null) {
			throw new NotFoundException("Shared entry", "none");
		}
		this.shared.delete(current(meetingId, entryId, version));
	}

	private NetworkMeetingShared current(long meetingId, long entryId, Long version) {
		NetworkMeetingShared entry = entry(meetingId, entryId);
		if (!Objects.equals(version, entry.getVersion())) {
			throw new EditClashException("/network/meetings/" + meetingId);
		}
		return entry;
	}

}
