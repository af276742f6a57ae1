package org.followon.concern;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A welfare concern. The alert columns are written only by {@link ConcernMails} and
 * {@link ConcernJob} with conditional SQL updates; they are read-only here, and updates
 * write only the columns that changed, so saving a concern never undoes an alert's claim.
 */
@Entity
@DynamicUpdate
class Concern {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long raisedBy;

	private Instant raisedAt;

	private Long groupId;

	@Enumerated(EnumType.STRING)
	private About about;

	private Long aboutMembershipId;

	private String aboutName;

	private String whatHappened;

	@Enumerated(EnumType.STRING)
	private Urgency urgency;

	@Enumerated(EnumType.STRING)
	private PersonKnows personKnows;

	@Enumerated(EnumType.STRING)
	private ContactBy contactBy;

	private String contactEmail;

	private String contactPhone;

	private Instant acknowledgeBy;

	private Instant respondBy;

	private Instant acknowledgedAt;

	private Long acknowledgedBy;

	private Instant closedAt;

	private Long closedBy;

	@Enumerated(EnumType.STRING)
	private ConcernOutcome outcome;

	private String outcomeNote;

	@Column(insertable = false, updatable = false)
	private Instant alertSentAt;

	@Column(insertable = false, updatable = false)
	private Instant escalatedAt;

	@Column(insertable = false, updatable = false)
	private Instant secondAlertSentAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Concern() {
	}

	Concern(long raisedBy, Instant raisedAt, NewConcern concern, Instant acknowledgeBy, Instant respondBy) {
		this.raisedBy = raisedBy;
		this.raisedAt = raisedAt;
		this.groupId = concern.groupId();
		this.about = concern.about();
		this.aboutMembershipId = concern.aboutMembershipId();
		this.aboutName = concern.aboutName();
		this.whatHappened = concern.whatHappened();
		this.urgency = concern.urgency();
		this.personKnows = concern.about() == About.SELF ? null : concern.personKnows();
		this.contactBy = concern.contactBy();
		this.contactEmail = concern.contactEmail();
		this.contactPhone = concern.contactPhone();
		this.acknowledgeBy = acknowledgeBy;
		this.respondBy = respondBy;
		this.updatedAt = raisedAt;
	}

	ConcernStatus status() {
		return this.closedAt != null ? ConcernStatus.CLOSED
				: this.acknowledgedAt != null ? ConcernStatus.ACKNOWLEDGED : ConcernStatus.RECEIVED;
	}

	/** Someone on duty has it; false if someone already had. */
	boolean acknowledge(long by, Instant at) {
		if (this.acknowledgedAt != null) {
			return false;
		}
		this.acknowledgedAt = at;
		this.acknowledgedBy = by;
		this.updatedAt = at;
		return true;
	}

	/**
	 * An action was recorded in the history: the concern changed, so a stale page
	 * clashes.
	 */
	void actionRecorded(Instant at) {
		this.updatedAt = at;
	}

	/**
	 * Closes it with its outcome; acknowledges it first if nobody had. False if already
	 * closed.
	 */
	boolean close(long by, Instant at, ConcernOutcome outcome, String note) {
		if (this.closedAt != null) {
			return false;
		}
		acknowledge(by, at);
		this.closedAt = at;
		this.closedBy = by;
		this.outcome = outcome;
		this.outcomeNote = note;
		this.updatedAt = at;
		return true;
	}

	Long getId() {
		return this.id;
	}

	long getRaisedBy() {
		return this.raisedBy;
	}

	Instant getRaisedAt() {
		return this.raisedAt;
	}

	Long getGroupId() {
		return this.groupId;
	}

	About getAbout() {
		return this.about;
	}

	String getAboutName() {
		return this.aboutName;
	}

	String getWhatHappened() {
		return this.whatHappened;
	}

	Urgency getUrgency() {
		return this.urgency;
	}

	PersonKnows getPersonKnows() {
		return this.personKnows;
	}

	ContactBy getContactBy() {
		return this.contactBy;
	}

	String getContactEmail() {
		return this.contactEmail;
	}

	String getContactPhone() {
		return this.contactPhone;
	}

	Instant getAcknowledgeBy() {
		return this.acknowledgeBy;
	}

	Instant getRespondBy() {
		return this.respondBy;
	}

	Instant getAcknowledgedAt() {
		return this.acknowledgedAt;
	}

	Instant getClosedAt() {
		return this.closedAt;
	}

	ConcernOutcome getOutcome() {
		return this.outcome;
	}

	String getOutcomeNote() {
		return this.outcomeNote;
	}

	Instant getSecondAlertSentAt() {
		return this.secondAlertSentAt;
	}

	long getVersion() {
		return this.version;
	}

}
