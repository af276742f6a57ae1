package org.followon.networkmeeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** What one group shared at a network meeting, as staff noted it. */
@Entity
class NetworkMeetingShared {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long networkMeetingId;

	private long groupId;

	private String what;

	@Version
	private long version;

	protected NetworkMeetingShared() {
	}

	NetworkMeetingShared(long networkMeetingId, long groupId, String what) {
		this.networkMeetingId = networkMeetingId;
		change(groupId, what);
	}

	void change(long groupId, String what) {
		this.groupId = groupId;
		this.what = what;
	}

	Long getId() {
		return this.id;
	}

	long getNetworkMeetingId() {
		return this.networkMeetingId;
	}

	long getGroupId() {
		return this.groupId;
	}

	String getWhat() {
		return this.what;
	}

	long getVersion() {
		return this.version;
	}

}
