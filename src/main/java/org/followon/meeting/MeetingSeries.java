package org.followon.meeting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * The rule a group's repeating meetings were made from; the meetings themselves are rows.
 */
@Entity
class MeetingSeries {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long groupId;

	@Enumerated(EnumType.STRING)
	private Repeat repeatKind;

	private Integer everyWeeks;

	@Enumerated(EnumType.STRING)
	private WeekOfMonth monthWeek;

	@Enumerated(EnumType.STRING)
	private DayOfWeek monthDay;

	private LocalDate startsOn;

	private LocalDate untilDate;

	private Integer occurrenceCount;

	private long createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected MeetingSeries() {
	}

	MeetingSeries(long groupId, RepeatRule rule, LocalDate startsOn, long createdBy, Instant now) {
		this.groupId = groupId;
		this.repeatKind = rule.repeat();
		this.everyWeeks = rule.everyWeeks();
		this.monthWeek = rule.week();
		this.monthDay = rule.day();
		this.untilDate = rule.until();
		this.occurrenceCount = rule.count();
		this.startsOn = startsOn;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	RepeatRule rule() {
		return new RepeatRule(this.repeatKind, this.everyWeeks, this.monthWeek, this.monthDay, this.untilDate,
				this.occurrenceCount);
	}

	Long getId() {
		return this.id;
	}

	long getGroupId() {
		return this.groupId;
	}

}
