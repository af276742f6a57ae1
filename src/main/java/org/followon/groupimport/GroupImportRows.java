package org.followon.groupimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.group.GroupPurpose;
import org.followon.group.ImportedGroup;
import org.followon.group.VenueType;

/** The groups file's rows as groups, with the rules of docs/import.md. */
final class GroupImportRows {

	/** What the service's ids may be made of: they become part of the meetings' keys. */
	private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	/** The status column's codes. */
	enum Status {

		ACTIVE, FOLDED

	}

	private GroupImportRows() {
	}

	/** The groups on the rows that are right; the problems of the others. */
	static List<ImportedGroup> read(List<ImportRow> rows, LocalDate today, ImportProblems problems) {
		List<ImportedGroup> groups = new ArrayList<>();
		Map<String, Integer> lines = new HashMap<>();
		for (ImportRow row : rows) {
			String externalId = externalId(row, "external_id");
			if (externalId != null) {
				Integer first = lines.putIfAbsent(externalId, row.line());
				if (first != null) {
					row.problem("external_id", "duplicateId", externalId, first);
				}
			}
			ImportedGroup group = group(row, externalId, today);
			if (group != null) {
				groups.add(group);
			}
		}
		return groups;
	}

	static String externalId(ImportRow row, String column) {
		String id = row.text(column, true, 60);
		if (id != null && !EXTERNAL_ID.matcher(id).matches()) {
			row.problem(column, "externalId", id);
			return null;
		}
		return id;
	}

	private static ImportedGroup group(ImportRow row, String externalId, LocalDate today) {
		String name = row.text("name", true, 100);
		String area = row.text("area", false, 60);
		LocalDate pmpEnded = row.date("pmp_end_date", true, today);
		LocalDate started = row.date("started_on", true, today);
		LocalDate lastContact = row.date("last_contact_on", false, today);
		Status status = row.code("status", Status.class, true);
		Integer maxAttending = row.number("max_attending", false, 1, 50);
		Frequency frequency = row.code("frequency", Frequency.class, true);
		VenueType venue = row.code("venue_type", VenueType.class, false);
		List<Channel> channels = row.codes("channels", Channel.class, true);
		List<GroupPurpose> purposes = row.codes("purpose", GroupPurpose.class, false);
		if (lastContact != null && started != null && lastContact.isBefore(started)) {
			row.problem("last_contact_on", "beforeStart", lastContact.toString(), started.toString());
		}
		else if (lastContact != null && pmpEnded != null && lastContact.isBefore(pmpEnded)) {
			row.problem("last_contact_on", "beforePmpEnd", lastContact.toString(), pmpEnded.toString());
		}
		if (!row.ok()) {
			return null;
		}
		return new ImportedGroup(externalId, name, area, pmpEnded, started, lastContact, status == Status.FOLDED,
				maxAttending, frequency, venue, channels, new LinkedHashSet<>(purposes));
	}

	/**
	 * The group's cells as a file would have them, by column, to show what an import
	 * changes.
	 */
	static Map<String, String> cells(ImportedGroup group) {
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("name", group.name());
		cells.put("area", text(group.area()));
		cells.put("pmp_end_date", text(group.pmpEndedOn()));
		cells.put("started_on", text(group.startedOn()));
		cells.put("last_contact_on", text(group.lastContactOn()));
		cells.put("status", group.folded() ? "folded" : "active");
		cells.put("max_attending", text(group.maxAttending()));
		cells.put("frequency", group.frequency() == null ? "" : ImportCodes.code(group.frequency()));
		cells.put("venue_type", group.venueType() == null ? "" : ImportCodes.code(group.venueType()));
		cells.put("channels", group.channels().stream().map(ImportCodes::code).collect(Collectors.joining(";")));
		cells.put("purpose",
				group.purposes().stream().map(ImportCodes::code).sorted().collect(Collectors.joining(";")));
		return cells;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

}
