package org.followon.reminder;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * How one member chose to get their group's reminders; a member without a row has the
 * default.
 */
@Entity
class ReminderPreference {

	@Id
	private Long membershipId;

	@Enumerated(EnumType.STRING)
	private ReminderChannel channel;

	private Instant changedAt;

	@Version
	private Long version;

	protected ReminderPreference() {
	}

	ReminderPreference(long membershipId) {
		this.membershipId = membershipId;
	}

	void choose(ReminderChannel channel, Instant at) {
		this.channel = channel;
		this.changedAt = at;
	}

	Long getMembershipId() {
		return this.membershipId;
	}

	ReminderChannel getChannel() {
		return this.channel;
	}

	Long getVersion() {
		return this.version;
	}

}
