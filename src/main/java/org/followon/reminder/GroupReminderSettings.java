package org.followon.reminder;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The reminder times a group's coordinators chose; a group without a row has the
 * defaults.
 */
@Entity
@Table(name = "reminder_group_settings")
class GroupReminderSettings {

	@Id
	private Long groupId;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private String[] times;

	private long changedBy;

	private Instant changedAt;

	@Version
	private Long version;

	protected GroupReminderSettings() {
	}

	GroupReminderSettings(long groupId) {
		this.groupId = groupId;
		this.times = new String[0];
	}

	Set<ReminderKind> times() {
		Set<ReminderKind> chosen = EnumSet.noneOf(ReminderKind.class);
		Arrays.stream(this.times).map(ReminderKind::valueOf).forEach(chosen::add);
		return chosen;
	}

	void choose(Set<ReminderKind> times, long by, Instant at) {
		this.times = times.stream()
			.filter(ReminderKind.CHOICES::contains)
			.map(Enum::name)
			.sorted()
			.toArray(String[]::new);
		this.changedBy = by;
		this.changedAt = at;
	}

	Long getGroupId() {
		return this.groupId;
	}

	Long getVersion() {
		return this.version;
	}

}
