package org.followon.groupimport;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.followon.group.ImportedGroup;
import org.followon.group.ImportedMeeting;

/**
 * Every row of an upload checked before anything is imported: the groups file, then the
 * meetings file against the groups in it and those imported before.
 */
final class ImportCheck {

	/**
	 * What the files say, and what is wrong with them: if anything, none of it is
	 * imported.
	 */
	record Checked(List<ImportedGroup> groups, List<ImportedMeeting> meetings, ImportProblems problems) {

		boolean ok() {
			return !this.problems.any();
		}

	}

	private ImportCheck() {
	}

	/**
	 * Reads and checks both files, row by row.
	 * @param groupsText the groups file as text, or null if there is none
	 * @param meetingsText the meetings file as text, or null if there is none
	 * @param importedBefore the day each of these groups started, for those imported
	 * before
	 * @param problems what was wrong before (reading the files), added to
	 */
	static Checked check(String groupsText, String meetingsText, LocalDate today,
			Function<Collection<String>, Map<String, LocalDate>> importedBefore, ImportProblems problems) {
		List<ImportRow> groupRows = groupsText == null ? List.of()
				: ImportSheet.rows(ImportFile.GROUPS, groupsText, problems);
		List<ImportedGroup> groups = GroupImportRows.read(groupRows, today, problems);
		List<ImportedMeeting> meetings = List.of();
		if (meetingsText != null) {
			List<ImportRow> meetingRows = ImportSheet.rows(ImportFile.MEETINGS, meetingsText, problems);
			Set<String> named = meetingRows.stream()
				.map((row) -> row.cell("group_external_id"))
				.collect(Collectors.toSet());
			Map<String, LocalDate> startedOn = new HashMap<>(importedBefore.apply(named));
			groupRows.forEach((row) -> startedOn.put(row.cell("external_id"), null));
			groups.forEach((group) -> startedOn.put(group.externalId(), group.startedOn()));
			meetings = MeetingImportRows.read(meetingRows, startedOn, today, problems);
		}
		return new Checked(groups, meetings, problems);
	}

}
