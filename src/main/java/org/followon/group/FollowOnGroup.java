package org.followon.group;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.followon.system.EnumSetColumn;

/**
 * A patient-led peer-support group, usually formed from a PMP cohort at its hand-over.
 */
@Entity
@Table(name = "follow_on_group")
class FollowOnGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private Long pmpId;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	private String usualTime;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private LocalDate firstMeetingOn;

	private LocalTime firstMeetingAt;

	private String firstMeetingVenue;

	private String firstMeetingLink;

	private Long supportingPtvId;

	private String purpose;

	private String area;

	@Enumerated(EnumType.STRING)
	private VenueType venueType;

	private String accessibility;

	private boolean meetsOnline;

	private boolean openToNewMembers;

	@Enumerated(EnumType.STRING)
	private DayOfWeek usualDay;

	private Instant createdAt;

	private LocalDate startedOn;

	private LocalDate formedOn;

	private LocalDate lastMetOn;

	private LocalDate activeSince;

	private LocalDate closedOn;

	@Enumerated(EnumType.STRING)
	private ClosingReason closedReason;

	private String closedNote;

	private Long closedBy;

	private LocalDate ptvSteppedBackOn;

	private Long createdBy;

	private String externalId;

	private LocalDate pmpEndedOn;

	private LocalDate lastContactOn;

	private Integer maxAttending;

	private String channels;

	private String purposes;

	private Instant importedAt;

	@Version
	private long version;

	protected FollowOnGroup() {
	}

	FollowOnGroup(NewGroup group, Instant now, LocalDate today) {
		this.startedOn = today;
		this.name = group.name();
		this.pmpId = group.pmpId();
		this.frequency = group.frequency();
		this.usualTime = group.usualTime();
		this.channel = group.channel();
		this.firstMeetingOn = group.firstMeetingOn();
		this.firstMeetingAt = group.firstMeetingAt();
		this.firstMeetingVenue = group.firstMeetingVenue();
		this.firstMeetingLink = group.firstMeetingLink();
		this.supportingPtvId = group.supportingPtvId();
		this.createdBy = group.createdBy();
		this.createdAt = now;
		this.accessibility = "";
		this.channels = this.channel == null ? "" : this.channel.name();
		this.purposes = "";
	}

	/** A group that met before the app, made by an import: no PMP and no members yet. */
	FollowOnGroup(ImportedGroup group, long by, Instant now) {
		this.externalId = group.externalId();
		this.createdBy = by;
		this.createdAt = now;
		this.accessibility = "";
		importFrom(group, now);
	}

	/**
	 * Takes in what an import file says; its status (folded or not) is settled after its
	 * meetings.
	 */
	void importFrom(ImportedGroup group, Instant now) {
		this.name = group.name();
		this.area = group.area();
		this.pmpEndedOn = group.pmpEndedOn();
		this.startedOn = group.startedOn();
		this.lastContactOn = group.lastContactOn();
		this.maxAttending = group.maxAttending();
		this.frequency = group.frequency();
		this.venueType = group.venueType();
		this.channel = group.channels().get(0);
		this.channels = EnumSetColumn.writeInOrder(group.channels());
		this.purposes = EnumSetColumn.write(group.purposes());
		this.importedAt = now;
	}

	/** The group as an import file would describe it. */
	ImportedGroup imported() {
		return new ImportedGroup(this.externalId, this.name, this.area, this.pmpEndedOn, this.startedOn,
				this.lastContactOn, isClosed(), this.maxAttending, this.frequency, this.venueType,
				EnumSetColumn.readInOrder(this.channels, Channel.class),
				Set.copyOf(EnumSetColumn.read(this.purposes, GroupPurpose.class)));
	}

	/**
	 * An imported group's status as its file says: folded closes it on its last contact
	 * (or its last meeting, or its start), unless it was closed by hand already; active
	 * reopens it.
	 */
	void settleImported(boolean folded, long by) {
		if (!folded) {
			reopen();
			return;
		}
		if (isClosed() && this.closedReason != ClosingReason.IMPORTED_AS_FOLDED) {
			return;
		}
		LocalDate last = Stream.of(this.lastContactOn, this.lastMetOn)
			.filter(Objects::nonNull)
			.max(LocalDate::compareTo)
			.orElse(this.startedOn);
		close(last, ClosingReason.IMPORTED_AS_FOLDED, null, by);
	}

	String getExternalId() {
		return this.externalId;
	}

	/**
	 * When the group's PMP ended, for a group that has none in the app (an imported one).
	 */
	LocalDate getPmpEndedOn() {
		return this.pmpEndedOn;
	}

	void describe(GroupDetailsForm form) {
		this.name = form.name();
		this.purpose = form.purpose();
		this.area = form.area() == null ? null : form.area().toUpperCase(Locale.UK).matches("[A-Z]{1,2}[0-9].*")
				? form.area().toUpperCase(Locale.UK) : form.area();
		this.frequency = form.frequency();
		this.usualTime = form.usualTime();
		this.usualDay = form.usualDay();
		if (form.channel() != null && this.channel != form.channel()) {
			// The main way of keeping in touch comes first among the ways.
			this.channels = EnumSetColumn.writeInOrder(Stream.concat(Stream.of(form.channel()),
					EnumSetColumn.readInOrder(this.channels, Channel.class).stream().filter((c) -> c != form.channel()))
				.toList());
		}
		this.channel = form.channel();
		this.venueType = form.venueType();
		this.accessibility = EnumSetColumn.write(form.accessibility());
		this.meetsOnline = form.online();
		this.openToNewMembers = form.open();
	}

	GroupDetailsForm detailsForm() {
		return new GroupDetailsForm(this.name, this.purpose, this.area, this.frequency, this.usualDay, this.usualTime,
				this.channel, this.venueType, accessibilitySet(), this.meetsOnline, this.openToNewMembers,
				this.version);
	}

	Set<Accessibility> accessibilitySet() {
		return EnumSetColumn.read(this.accessibility, Accessibility.class);
	}

	long getVersion() {
		return this.version;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	Long getPmpId() {
		return this.pmpId;
	}

	Long getSupportingPtvId() {
		return this.supportingPtvId;
	}

	/**
	 * Takes in the group's meetings after one was recorded or withdrawn. The supporting
	 * PTV steps back once the group has held three meetings, as the protocol asks.
	 */
	void meetingsChanged(List<GroupStatusRules.Met> meetings, LocalDate formedOn, LocalDate activeSince) {
		this.lastMetOn = meetings.stream().map(GroupStatusRules.Met::on).max(LocalDate::compareTo).orElse(null);
		this.formedOn = formedOn;
		this.activeSince = activeSince;
		if (this.supportingPtvId != null && this.ptvSteppedBackOn == null && meetings.size() >= PTV_MEETINGS) {
			this.ptvSteppedBackOn = meetings.stream()
				.map(GroupStatusRules.Met::on)
				.sorted()
				.skip(PTV_MEETINGS - 1)
				.findFirst()
				.orElseThrow();
		}
	}

	/** A PTV supports a new group at its first three meetings, then steps back. */
	static final int PTV_MEETINGS = 3;

	/** Whether this person is the group's supporting PTV and has not stepped back yet. */
	boolean isSupportedBy(long accountId) {
		return this.supportingPtvId != null && this.supportingPtvId == accountId && this.ptvSteppedBackOn == null;
	}

	void ptvStepsBack(LocalDate today) {
		this.ptvSteppedBackOn = today;
	}

	/**
	 * Closed by a coordinator or staff: the group is folded from today, whatever its
	 * meetings say.
	 */
	void close(LocalDate today, ClosingReason reason, String note, long by) {
		this.closedOn = today;
		this.closedReason = reason;
		this.closedNote = note == null || note.isBlank() ? null : note.strip();
		this.closedBy = by;
		this.openToNewMembers = false;
	}

	/** Undoes a closing; the status follows the meetings again. */
	void reopen() {
		this.closedOn = null;
		this.closedReason = null;
		this.closedNote = null;
		this.closedBy = null;
	}

	boolean isClosed() {
		return this.closedOn != null;
	}

	ClosingReason getClosedReason() {
		return this.closedReason;
	}

	String getClosedNote() {
		return this.closedNote;
	}

	GroupStatusRules.Facts statusFacts() {
		return new GroupStatusRules.Facts(this.startedOn, this.formedOn, this.lastMetOn, this.activeSince,
				this.closedOn, this.lastContactOn);
	}

	GroupSummary summary(GroupStatusRules rules) {
		GroupStatusRules.Now now = rules.now(statusFacts());
		return new GroupSummary(this.id, this.name, this.pmpId, this.frequency, this.usualTime, this.channel,
				this.firstMeetingOn, this.firstMeetingAt, this.firstMeetingVenue, this.firstMeetingLink,
				this.supportingPtvId, this.purpose, this.area, this.venueType, accessibilitySet(), this.meetsOnline,
				this.openToNewMembers, this.usualDay, now.status(), now.since(), this.formedOn, this.lastMetOn);
	}

}
