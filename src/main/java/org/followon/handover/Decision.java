package org.followon.handover;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.group.VenueType;
import org.followon.system.EnumSetColumn;

/**
 * What a participant decided in the discussion session: whether to join, what they agree
 * to share (nothing by default), and their practical preferences. Each save also adds a
 * {@link DecisionHistory} row.
 */
@Entity
class Decision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long pmpId;

	private Long participantId;

	@Enumerated(EnumType.STRING)
	private Choice choice;

	@Enumerated(EnumType.STRING)
	private NotJoiningReason reason;

	private String reasonOther;

	private boolean shareEmail;

	private boolean shareMobile;

	private boolean hearAboutOtherGroups;

	private String suitableDays;

	private String suitableTimes;

	private String unsuitableTimes;

	private String venueTypes;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	private String channels;

	@Enumerated(EnumType.STRING)
	private OrganisingRole role;

	private String roleName;

	private Long recordedBy;

	private Instant recordedAt;

	@Version
	private long version;

	protected Decision() {
	}

	Decision(long pmpId, long participantId) {
		this.pmpId = pmpId;
		this.participantId = participantId;
		this.choice = Choice.UNDECIDED;
		this.role = OrganisingRole.NONE;
	}

	/** Records what was decided, by whom and when; returns the history row to keep. */
	DecisionHistory record(DecisionForm form, long byAccountId, Instant now) {
		this.choice = form.choice();
		this.reason = form.choice() == Choice.NOT_FOR_ME ? form.reason() : null;
		this.reasonOther = this.reason == NotJoiningReason.OTHER ? form.reasonOther() : null;
		this.shareEmail = DecisionForm.yes(form.shareEmail());
		this.shareMobile = DecisionForm.yes(form.shareMobile());
		this.hearAboutOtherGroups = DecisionForm.yes(form.hearAboutOtherGroups());
		this.suitableDays = EnumSetColumn.write(form.suitableDays());
		this.suitableTimes = EnumSetColumn.write(form.suitableTimes());
		this.unsuitableTimes = EnumSetColumn.write(form.unsuitableTimes());
		this.venueTypes = EnumSetColumn.write(form.venueTypes());
		this.frequency = form.frequency();
		this.channels = EnumSetColumn.write(form.channels());
		this.role = form.role() == null ? OrganisingRole.NONE : form.role();
		this.roleName = this.role == OrganisingRole.OTHER ? form.roleName() : null;
		this.recordedBy = byAccountId;
		this.recordedAt = now;
		return new DecisionHistory(this, now);
	}

	DecisionForm form() {
		return new DecisionForm(this.choice, this.reason, this.reasonOther, this.shareEmail, this.shareMobile,
				this.hearAboutOtherGroups, days(), EnumSetColumn.read(this.suitableTimes, DayPart.class),
				EnumSetColumn.read(this.unsuitableTimes, DayPart.class), venues(), this.frequency, channelSet(),
				this.role, this.roleName, this.version);
	}

	Set<DayOfWeek> days() {
		return EnumSetColumn.read(this.suitableDays, DayOfWeek.class);
	}

	Set<DayPart> times() {
		return EnumSetColumn.read(this.suitableTimes, DayPart.class);
	}

	Set<DayPart> unsuitable() {
		return EnumSetColumn.read(this.unsuitableTimes, DayPart.class);
	}

	Set<VenueType> venues() {
		return EnumSetColumn.read(this.venueTypes, VenueType.class);
	}

	Set<Channel> channelSet() {
		return EnumSetColumn.read(this.channels, Channel.class);
	}

	Long getParticipantId() {
		return this.participantId;
	}

	Choice getChoice() {
		return this.choice;
	}

	NotJoiningReason getReason() {
		return this.reason;
	}

	boolean isShareEmail() {
		return this.shareEmail;
	}

	boolean isShareMobile() {
		return this.shareMobile;
	}

	boolean isHearAboutOtherGroups() {
		return this.hearAboutOtherGroups;
	}

	OrganisingRole getRole() {
		return this.role;
	}

	String getRoleName() {
		return this.roleName;
	}

	Frequency getFrequency() {
		return this.frequency;
	}

	Long getRecordedBy() {
		return this.recordedBy;
	}

	long getVersion() {
		return this.version;
	}

}
