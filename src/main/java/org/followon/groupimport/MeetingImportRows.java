package org.followon.groupimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.followon.group.ImportedMeeting;

/**
 * The meetings file's rows as meetings: each for a group in the groups file or imported
 * before, on or after the day it started, once per group and day.
 */
final class MeetingImportRows {

	private MeetingImportRows() {
	}

	/**
	 * The meetings file's rows as meetings, each problem added to {@code problems}.
	 * @param startedOn the day each known group started, by external id: those in the
	 * groups file and those imported before; null for a group whose row in the groups
	 * file has problems
	 */
	static List<ImportedMeeting> read(List<ImportRow> rows, Map<String, LocalDate> startedOn, LocalDate today,
			ImportProblems problems) {
		List<ImportedMeeting> meetings = new ArrayList<>();
		Map<String, Integer> lines = new HashMap<>();
		for (ImportRow row : rows) {
			String group = GroupImportRows.externalId(row, "group_external_id");
			LocalDate date = row.date("date", true, today);
			Integer attended = row.number("attended", true, 1, 50);
			Boolean faceToFace = row.yesNo("face_to_face");
			if (group != null && !startedOn.containsKey(group)) {
				row.problem("group_external_id", "unknownGroup", group);
			}
			else if (group != null && startedOn.get(group) == null) {
				// Its row in the groups file is wrong, and says so; nothing to check this
				// against.
				continue;
			}
			else if (group != null && date != null) {
				if (date.isBefore(startedOn.get(group))) {
					row.problem("date", "beforeGroupStart", date.toString(), startedOn.get(group).toString());
				}
				Integer first = lines.putIfAbsent(group + " " + date, row.line());
				if (first != null) {
					row.problem("date", "duplicateMeeting", group, date.toString(), first);
				}
			}
			if (row.ok()) {
				meetings.add(new ImportedMeeting(group, date, attended, faceToFace));
			}
		}
		return meetings;
	}

}
