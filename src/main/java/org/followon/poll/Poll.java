package org.followon.poll;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * A poll to find a time for a group's meeting: its options, open until a coordinator
 * confirms one (it becomes a meeting) or closes it; members stop answering after its
 * closing date too.
 */
@Entity
class Poll {

	static final int FEWEST = 2;

	static final int MOST = 10;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long groupId;

	private String title;

	private LocalDate closesOn;

	@Enumerated(EnumType.STRING)
	private PollStatus status;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "poll_id", nullable = false)
	@OrderBy("position")
	private List<PollOption> options = new ArrayList<>();

	private Long confirmedOptionId;

	private Long meetingId;

	private long createdBy;

	private Instant createdAt;

	@Version
	private long version;

	protected Poll() {
	}

	Poll(long groupId, String title, LocalDate closesOn, List<NewOption> options, long createdBy, Instant now) {
		if (options.size() < FEWEST || options.size() > MOST) {
			throw new IllegalArgumentException("A poll has 2 to 10 options");
		}
		this.groupId = groupId;
		this.title = title;
		this.closesOn = closesOn;
		this.status = PollStatus.OPEN;
		this.createdBy = createdBy;
		this.createdAt = now;
		for (int i = 0; i < options.size(); i++) {
			this.options.add(new PollOption(i + 1, options.get(i)));
		}
	}

	/**
	 * Members may answer: not confirmed or closed, and its closing date (if any) not
	 * passed.
	 */
	boolean answerable(LocalDate today) {
		return this.status == PollStatus.OPEN && (this.closesOn == null || !today.isAfter(this.closesOn));
	}

	void confirm(PollOption option, long meetingId) {
		this.status = PollStatus.CONFIRMED;
		this.confirmedOptionId = option.getId();
		this.meetingId = meetingId;
	}

	void close() {
		this.status = PollStatus.CLOSED;
	}

	PollOption option(long optionId) {
		return this.options.stream().filter((o) -> o.getId() == optionId).findFirst().orElse(null);
	}

	Long getId() {
		return this.id;
	}

	long getGroupId() {
		return this.groupId;
	}

	String getTitle() {
		return this.title;
	}

	LocalDate getClosesOn() {
		return this.closesOn;
	}

	PollStatus getStatus() {
		return this.status;
	}

	List<PollOption> getOptions() {
		return List.copyOf(this.options);
	}

	Long getConfirmedOptionId() {
		return this.confirmedOptionId;
	}

	Long getMeetingId() {
		return this.meetingId;
	}

	long getVersion() {
		return this.version;
	}

}
