package org.followon.meetinglog;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * What happened at one meeting, as its coordinators (or the supporting PTV) logged it. It
 * can be corrected later; the version keeps two people's corrections from overwriting
 * each other.
 */
@Entity
class MeetingLog {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long meetingId;

	private long groupId;

	private boolean held;

	private Boolean faceToFace;

	private boolean ptvPresent;

	private int others;

	@Convert(converter = TopicsColumn.class)
	private Set<Topic> topics;

	private String note;

	@ElementCollection
	@CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_log_id"))
	private Set<Attendance> attendance = new HashSet<>();

	private long loggedBy;

	private Instant loggedAt;

	@Version
	private long version;

	protected MeetingLog() {
	}

	MeetingLog(long meetingId, long groupId) {
		this.meetingId = meetingId;
		this.groupId = groupId;
	}

	/** Logs the meeting, or corrects the log: what it says now replaces what it said. */
	void record(LogEntry entry, long by, Instant at) {
		this.held = entry.held();
		this.faceToFace = entry.faceToFace();
		this.ptvPresent = entry.ptvPresent();
		this.others = entry.others();
		this.topics = EnumSet.noneOf(Topic.class);
		this.topics.addAll(entry.topics());
		this.note = entry.note();
		this.attendance.clear();
		this.attendance.addAll(entry.attendance());
		this.loggedBy = by;
		this.loggedAt = at;
	}

	LogEntry entry() {
		return new LogEntry(this.held, this.faceToFace, this.ptvPresent, Set.copyOf(this.attendance), this.others,
				this.topics == null ? Set.of() : Set.copyOf(this.topics), this.note);
	}

	long getMeetingId() {
		return this.meetingId;
	}

	boolean isHeld() {
		return this.held;
	}

	/** Everyone who came: the members ticked and the others counted. */
	int came() {
		return this.held ? this.attendance.size() + this.others : 0;
	}

	boolean attended(long membershipId) {
		return this.held && this.attendance.stream().anyMatch((a) -> a.membershipId() == membershipId);
	}

	long getVersion() {
		return this.version;
	}

}
