package org.followon.handover;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.followon.group.Channel;
import org.followon.group.Frequency;

/**
 * A group the room has agreed on, not yet formed: it can be changed or removed until the
 * hand-over is confirmed, when it becomes a follow-on group.
 */
@Entity
class PlannedGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long pmpId;

	private String name;

	private String memberIds;

	private String coordinatorIds;

	private String coCoordinatorIds;

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

	private Long groupId;

	@Version
	private long version;

	protected PlannedGroup() {
	}

	PlannedGroup(long pmpId) {
		this.pmpId = pmpId;
	}

	void plan(GroupPlan plan) {
		this.name = plan.name();
		this.memberIds = writeIds(plan.memberIds());
		this.coordinatorIds = writeIds(plan.coordinatorIds());
		this.coCoordinatorIds = writeIds(plan.coCoordinatorIds());
		this.frequency = plan.frequency();
		this.usualTime = plan.usualTime();
		this.channel = plan.channel();
		this.firstMeetingOn = plan.firstMeetingOn();
		this.firstMeetingAt = plan.firstMeetingAt();
		this.firstMeetingVenue = plan.firstMeetingVenue();
		this.firstMeetingLink = plan.firstMeetingLink();
		this.supportingPtvId = plan.supportingPtvId();
	}

	GroupPlan plan() {
		return new GroupPlan(this.name, memberIds(), readIds(this.coordinatorIds), readIds(this.coCoordinatorIds),
				this.frequency, this.usualTime, this.channel, this.firstMeetingOn, this.firstMeetingAt,
				this.firstMeetingVenue, this.firstMeetingLink, this.supportingPtvId);
	}

	void formed(long groupId) {
		this.groupId = groupId;
	}

	List<Long> memberIds() {
		return readIds(this.memberIds);
	}

	Long getId() {
		return this.id;
	}

	Long getPmpId() {
		return this.pmpId;
	}

	Long getGroupId() {
		return this.groupId;
	}

	long getVersion() {
		return this.version;
	}

	/**
	 * Ids stored as comma-separated numbers: a few per planned group, never queried
	 * inside.
	 */
	private static String writeIds(Collection<Long> ids) {
		return (ids == null) ? ""
				: ids.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static List<Long> readIds(String text) {
		return (text == null || text.isBlank()) ? List.of()
				: Arrays.stream(text.split(",")).map(Long::valueOf).toList();
	}

}
