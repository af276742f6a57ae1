package org.followon.programme;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One weekly session of a PMP. Its number never changes; its date can move. */
@Entity
@Table(name = "pmp_session")
class PmpSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "pmp_id")
	private Pmp pmp;

	private int number;

	private LocalDate scheduledOn;

	private LocalDate originallyOn;

	private boolean cancelled;

	@Version
	private long version;

	protected PmpSession() {
	}

	PmpSession(Pmp pmp, int number, LocalDate date) {
		this.pmp = pmp;
		this.number = number;
		this.scheduledOn = date;
		this.originallyOn = date;
	}

	int getNumber() {
		return this.number;
	}

	LocalDate getScheduledOn() {
		return this.scheduledOn;
	}

	boolean isCancelled() {
		return this.cancelled;
	}

	boolean isMoved() {
		return !this.scheduledOn.equals(this.originallyOn);
	}

	long getVersion() {
		return this.version;
	}

	void moveTo(LocalDate date) {
		this.scheduledOn = date;
	}

	void cancel() {
		this.cancelled = true;
	}

	void reinstate() {
		this.cancelled = false;
	}

}
