package org.followon.groupimport;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An upload of the files of groups that met before the app, kept as uploaded until staff
 * confirm its preview, and afterwards as the record of what was imported, by whom and
 * when.
 */
@Entity
class GroupImport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String groupsFileName;

	private String groupsCsv;

	private String meetingsFileName;

	private String meetingsCsv;

	private String contentHash;

	private long uploadedBy;

	private Instant uploadedAt;

	private Long confirmedBy;

	private Instant confirmedAt;

	private Integer groupsCreated;

	private Integer groupsUpdated;

	private Integer meetingsRecorded;

	@Version
	private long version;

	protected GroupImport() {
	}

	GroupImport(ImportUpload groups, ImportUpload meetings, long by, Instant now) {
		this.groupsFileName = groups == null ? null : groups.fileName();
		this.groupsCsv = groups == null ? null : groups.text();
		this.meetingsFileName = meetings == null ? null : meetings.fileName();
		this.meetingsCsv = meetings == null ? null : meetings.text();
		this.contentHash = contentHash(this.groupsCsv, this.meetingsCsv);
		this.uploadedBy = by;
		this.uploadedAt = now;
	}

	static String contentHash(String groupsCsv, String meetingsCsv) {
		return ImportPlan.sha256("groups\n" + (groupsCsv == null ? "" : groupsCsv) + "\nmeetings\n"
				+ (meetingsCsv == null ? "" : meetingsCsv));
	}

	void confirmed(long by, Instant now, int created, int updated, int meetings) {
		this.confirmedBy = by;
		this.confirmedAt = now;
		this.groupsCreated = created;
		this.groupsUpdated = updated;
		this.meetingsRecorded = meetings;
	}

	boolean isConfirmed() {
		return this.confirmedAt != null;
	}

	Long getId() {
		return this.id;
	}

	String getGroupsFileName() {
		return this.groupsFileName;
	}

	String getGroupsCsv() {
		return this.groupsCsv;
	}

	String getMeetingsFileName() {
		return this.meetingsFileName;
	}

	String getMeetingsCsv() {
		return this.meetingsCsv;
	}

	String getContentHash() {
		return this.contentHash;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

	Instant getConfirmedAt() {
		return this.confirmedAt;
	}

	Integer getGroupsCreated() {
		return this.groupsCreated;
	}

	Integer getGroupsUpdated() {
		return this.groupsUpdated;
	}

	Integer getMeetingsRecorded() {
		return this.meetingsRecorded;
	}

}
