package org.followon.handover;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A PMP's handover: the introduction (step 1) and, once, the hand-over itself (step 3).
 */
@Entity
class Handover {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long pmpId;

	private LocalDate introducedOn;

	private Long introducedByPtv;

	private Long introducedByClinician;

	private boolean informationSheetGiven;

	private Instant handedOverAt;

	private Long handedOverBy;

	@Version
	private long version;

	protected Handover() {
	}

	Handover(long pmpId) {
		this.pmpId = pmpId;
	}

	void recordIntroduction(LocalDate on, Long ptvId, Long clinicianId, boolean sheetGiven) {
		requireOpen();
		this.introducedOn = on;
		this.introducedByPtv = ptvId;
		this.introducedByClinician = clinicianId;
		this.informationSheetGiven = sheetGiven;
	}

	void handOver(long byAccountId, Instant now) {
		requireOpen();
		this.handedOverAt = now;
		this.handedOverBy = byAccountId;
	}

	void requireOpen() {
		if (isHandedOver()) {
			throw new HandoverClosedException();
		}
	}

	boolean isHandedOver() {
		return this.handedOverAt != null;
	}

	boolean isIntroduced() {
		return this.introducedOn != null;
	}

	Long getPmpId() {
		return this.pmpId;
	}

	LocalDate getIntroducedOn() {
		return this.introducedOn;
	}

	Long getIntroducedByPtv() {
		return this.introducedByPtv;
	}

	Long getIntroducedByClinician() {
		return this.introducedByClinician;
	}

	boolean isInformationSheetGiven() {
		return this.informationSheetGiven;
	}

	Instant getHandedOverAt() {
		return this.handedOverAt;
	}

	long getVersion() {
		return this.version;
	}

}
