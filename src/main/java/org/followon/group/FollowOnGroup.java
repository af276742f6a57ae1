package org.followon.group;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A patient-led peer-support group, usually formed from a PMP cohort at its hand-over. */
@Entity
@Table(name = "follow_on_group")
class FollowOnGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private Long pmpId;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	private String usualTime;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private LocalDate firstMeetingOn;

	private LocalTime firstMeetingAt;

	private String firstMeetingVenue;

	private String firstMeetingLink;

	private Long supportingPtvId;

	private Instant createdAt;

	private Long createdBy;

	@Version
	private long version;

	protected FollowOnGroup() {
	}

	FollowOnGroup(NewGroup group, Instant now) {
		this.name = group.name();
		this.pmpId = group.pmpId();
		this.frequency = group.frequency();
		this.usualTime = group.usualTime();
		this.channel = group.channel();
		this.firstMeetingOn = group.firstMeetingOn();
		this.firstMeetingAt = group.firstMeetingAt();
		this.firstMeetingVenue = group.firstMeetingVenue();
		this.firstMeetingLink = group.firstMeetingLink();
		this.supportingPtvId = group.supportingPtvId();
		this.createdBy = group.createdBy();
		this.createdAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	Long getPmpId() {
		return this.pmpId;
	}

	Long getSupportingPtvId() {
		return this.supportingPtvId;
	}

	GroupSummary summary() {
		return new GroupSummary(this.id, this.name, this.pmpId, this.frequency, this.usualTime, this.channel,
				this.firstMeetingOn, this.firstMeetingAt, this.firstMeetingVenue, this.firstMeetingLink,
				this.supportingPtvId);
	}

}
