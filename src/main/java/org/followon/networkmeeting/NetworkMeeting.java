package org.followon.networkmeeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A twice-yearly network meeting: when and where, what it is for, and the notes taken at
 * it.
 */
@Entity
class NetworkMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private LocalDate heldOn;

	private LocalTime startsAt;

	private LocalTime endsAt;

	private String venueName;

	private String address;

	private String link;

	private String purpose;

	private String notes;

	private Instant cancelledAt;

	private Instant invitedAt;

	private Instant createdAt;

	private long createdBy;

	@Version
	private long version;

	protected NetworkMeeting() {
	}

	NetworkMeeting(NetworkMeetingDetails details, long createdBy, Instant now) {
		change(details);
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void change(NetworkMeetingDetails details) {
		this.title = details.title();
		this.heldOn = details.on();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.venueName = details.venueName();
		this.address = details.address();
		this.link = details.link();
		this.purpose = details.purpose();
	}

	void cancel(Instant now) {
		this.cancelledAt = now;
	}

	void recordNotes(String notes) {
		this.notes = notes;
	}

	/**
	 * Sending invitations counts as a change, so a second click on the same page is
	 * refused.
	 */
	void invitationsSent(Instant now) {
		this.invitedAt = now;
	}

	Instant getInvitedAt() {
		return this.invitedAt;
	}

	NetworkMeetingDetails details() {
		return new NetworkMeetingDetails(this.title, this.heldOn, this.startsAt, this.endsAt, this.venueName,
				this.address, this.link, this.purpose);
	}

	boolean isCancelled() {
		return this.cancelledAt != null;
	}

	/**
	 * Answers can change until the day of the meeting has passed, unless it is cancelled.
	 */
	boolean isOpenForAnswers(LocalDate today) {
		return !isCancelled() && !this.heldOn.isBefore(today);
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	String getNotes() {
		return this.notes;
	}

	LocalDate getHeldOn() {
		return this.heldOn;
	}

}
