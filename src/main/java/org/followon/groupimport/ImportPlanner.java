package org.followon.groupimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.followon.group.GroupImports;
import org.followon.group.GroupStatus;
import org.followon.group.ImportedGroup;
import org.followon.group.ImportedMeeting;
import org.followon.groupimport.ImportPlan.Change;
import org.followon.groupimport.ImportPlan.FieldChange;
import org.followon.groupimport.ImportPlan.GroupLine;

import org.springframework.stereotype.Component;

/**
 * Works out an upload's plan against the groups and meetings imported before. Changes
 * nothing.
 */
@Component
class ImportPlanner {

	private final GroupImports imports;

	ImportPlanner(GroupImports imports) {
		this.imports = imports;
	}

	ImportPlan plan(String contentHash, List<ImportedGroup> groups, List<ImportedMeeting> meetings) {
		Map<String, ImportedGroup> inFile = new LinkedHashMap<>();
		groups.forEach((g) -> inFile.put(g.externalId(), g));
		Set<String> touched = new LinkedHashSet<>(inFile.keySet());
		meetings.forEach((m) -> touched.add(m.groupExternalId()));
		Map<String, GroupImports.Current> current = this.imports.current(touched);
		Map<String, Map<LocalDate, ImportedMeeting>> before = this.imports.importedMeetings(touched);
		Map<String, GroupStatus> after = this.imports.statusesAfter(groups, meetings);
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (ImportedMeeting meeting : meetings) {
			ImportedMeeting old = before.getOrDefault(meeting.groupExternalId(), Map.of()).get(meeting.heldOn());
			int kind = old == null ? 0 : old.equals(meeting) ? 2 : 1;
			counts.computeIfAbsent(meeting.groupExternalId(), (k) -> new int[3])[kind]++;
		}
		List<GroupLine> lines = new ArrayList<>();
		for (String id : touched) {
			GroupImports.Current now = current.get(id);
			ImportedGroup wanted = inFile.getOrDefault(id, now == null ? null : now.group());
			List<FieldChange> fields = now == null ? List.of() : changes(now.group(), wanted);
			Change change = now == null ? Change.NEW : fields.isEmpty() ? Change.UNCHANGED : Change.UPDATED;
			int[] meetingCounts = counts.getOrDefault(id, new int[3]);
			lines.add(new GroupLine(id, wanted.name(), now == null ? null : now.id(), change, fields, meetingCounts[0],
					meetingCounts[1], meetingCounts[2], after.get(id)));
		}
		return ImportPlan.of(contentHash, lines);
	}

	private static List<FieldChange> changes(ImportedGroup before, ImportedGroup after) {
		Map<String, String> was = GroupImportRows.cells(before);
		Map<String, String> will = GroupImportRows.cells(after);
		return was.keySet()
			.stream()
			.filter((column) -> !was.get(column).equals(will.get(column)))
			.map((column) -> new FieldChange(column, was.get(column), will.get(column)))
			.toList();
	}

}
