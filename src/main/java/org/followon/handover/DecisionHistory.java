package org.followon.handover;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One recorded change to a participant's decision or consent. Never changed once written.
 */
@Entity
@Immutable
@Table(name = "decision_history")
class DecisionHistory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participantId;

	@Enumerated(EnumType.STRING)
	private Choice choice;

	@Enumerated(EnumType.STRING)
	private NotJoiningReason reason;

	private boolean shareEmail;

	private boolean shareMobile;

	private boolean hearAboutOtherGroups;

	@Enumerated(EnumType.STRING)
	private OrganisingRole role;

	private Long recordedBy;

	private Instant recordedAt;

	protected DecisionHistory() {
	}

	DecisionHistory(Decision decision, Instant now) {
		this.participantId = decision.getParticipantId();
		this.choice = decision.getChoice();
		this.reason = decision.getReason();
		this.shareEmail = decision.isShareEmail();
		this.shareMobile = decision.isShareMobile();
		this.hearAboutOtherGroups = decision.isHearAboutOtherGroups();
		this.role = decision.getRole();
		this.recordedBy = decision.getRecordedBy();
		this.recordedAt = now;
	}

	HistoryRow row(String recordedByName, ZoneId zone) {
		return new HistoryRow(this.choice, this.reason, this.shareEmail, this.shareMobile, this.hearAboutOtherGroups,
				this.role, recordedByName, this.recordedAt.atZone(zone).toLocalDateTime());
	}

	Long getRecordedBy() {
		return this.recordedBy;
	}

	record HistoryRow(Choice choice, NotJoiningReason reason, boolean shareEmail, boolean shareMobile,
			boolean hearAboutOtherGroups, OrganisingRole role, String recordedBy, LocalDateTime recordedAt) {
	}

}
