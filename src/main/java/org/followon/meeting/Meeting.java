package org.followon.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.followon.group.Accessibility;
import org.followon.group.VenueType;

/**
 * One meeting of a group, on its own or one of a series. Each meeting of a series is its
 * own row, so one can be moved or cancelled without touching the others.
 */
@Entity
class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long groupId;

	private Long seriesId;

	private LocalDate meetsOn;

	private LocalTime startsAt;

	private LocalTime endsAt;

	private String venueName;

	@Enumerated(EnumType.STRING)
	private VenueType venueType;

	private String address;

	private String link;

	@Convert(converter = AccessibilityColumn.class)
	private Set<Accessibility> accessibility;

	@Enumerated(EnumType.STRING)
	private MeetingStatus status;

	/** Changed on its own after the series was scheduled. */
	private boolean changedAlone;

	private long createdBy;

	private Instant createdAt;

	@Version
	private long version;

	/** The meeting as other modules see it. */
	GroupMeeting published() {
		return new GroupMeeting(this.id, this.groupId, details(), isCancelled(), this.version);
	}

	protected Meeting() {
	}

	Meeting(long groupId, Long seriesId, MeetingDetails details, long createdBy, Instant now) {
		this.groupId = groupId;
		this.seriesId = seriesId;
		this.status = MeetingStatus.SCHEDULED;
		this.createdBy = createdBy;
		this.createdAt = now;
		set(details);
	}

	/** Moves the meeting or changes its place; the rest of its series stays as it was. */
	void change(MeetingDetails details) {
		set(details);
		this.changedAlone = this.seriesId != null;
	}

	void cancel() {
		this.status = MeetingStatus.CANCELLED;
	}

	private void set(MeetingDetails details) {
		this.meetsOn = details.on();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.venueName = details.venueName();
		this.venueType = details.venueType();
		this.address = details.address();
		this.link = details.link();
		this.accessibility = EnumSet.noneOf(Accessibility.class);
		if (details.accessibility() != null) {
			this.accessibility.addAll(details.accessibility());
		}
	}

	MeetingDetails details() {
		return new MeetingDetails(this.meetsOn, this.startsAt, this.endsAt, this.venueName, this.venueType,
				this.address, this.link, this.accessibility);
	}

	Long getId() {
		return this.id;
	}

	long getGroupId() {
		return this.groupId;
	}

	Long getSeriesId() {
		return this.seriesId;
	}

	LocalDate getMeetsOn() {
		return this.meetsOn;
	}

	LocalTime getStartsAt() {
		return this.startsAt;
	}

	boolean isCancelled() {
		return this.status == MeetingStatus.CANCELLED;
	}

	boolean isChangedAlone() {
		return this.changedAlone;
	}

	long getVersion() {
		return this.version;
	}

}
