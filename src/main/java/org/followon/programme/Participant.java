package org.followon.programme;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A patient enrolled on a PMP. Withdrawing keeps the record, for the PMP's history. */
@Entity
class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long pmpId;

	private String name;

	private String preferredName;

	private String email;

	private String mobile;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	@Enumerated(EnumType.STRING)
	private AgeBand ageBand;

	private Instant enrolledAt;

	private LocalDate withdrawnOn;

	@Version
	private long version;

	protected Participant() {
	}

	Participant(long pmpId, ParticipantDetails details, Instant now) {
		this.pmpId = pmpId;
		this.enrolledAt = now;
		change(details);
	}

	void change(ParticipantDetails details) {
		this.name = details.name();
		this.preferredName = details.preferredName();
		this.email = details.email();
		this.mobile = details.mobile();
		this.gender = details.gender();
		this.ageBand = details.ageBand();
	}

	void withdraw(LocalDate today) {
		if (this.withdrawnOn == null) {
			this.withdrawnOn = today;
		}
	}

	Long getId() {
		return this.id;
	}

	Long getPmpId() {
		return this.pmpId;
	}

	String getName() {
		return this.name;
	}

	String getPreferredName() {
		return this.preferredName;
	}

	/** What to call the person: their preferred name where they gave one. */
	String getKnownAs() {
		return this.preferredName != null ? this.preferredName : this.name;
	}

	String getEmail() {
		return this.email;
	}

	String getMobile() {
		return this.mobile;
	}

	Gender getGender() {
		return this.gender;
	}

	AgeBand getAgeBand() {
		return this.ageBand;
	}

	LocalDate getWithdrawnOn() {
		return this.withdrawnOn;
	}

	boolean isWithdrawn() {
		return this.withdrawnOn != null;
	}

	long getVersion() {
		return this.version;
	}

	ParticipantDetails details() {
		return new ParticipantDetails(this.name, this.preferredName, this.email, this.mobile, this.gender,
				this.ageBand);
	}

}
