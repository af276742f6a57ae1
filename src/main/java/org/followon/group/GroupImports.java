package org.followon.group;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups that met before the app, imported from the service's files (the groupimport
 * module reads and checks them): what is already there, what a group's status would be,
 * and applying an import in one go. Meetings are written in batches and each group's
 * status is worked out once, so a thousand groups with a hundred thousand meetings import
 * in seconds.
 */
@Service
@Transactional(readOnly = true)
public class GroupImports {

	private final GroupRepository groups;

	private final GroupStatusRules rules;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final Clock clock;

	GroupImports(GroupRepository groups, GroupStatusRules rules, JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
		this.batches = batches;
		this.groups = groups;
		this.rules = rules;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A group imported before: its id in the app, what an import file would say of it,
	 * its status.
	 */
	public record Current(long id, ImportedGroup group, GroupStatus status) {
	}

	/** The groups imported before with these external ids, by external id. */
	public Map<String, Current> current(Collection<String> externalIds) {
		if (externalIds.isEmpty()) {
			return Map.of();
		}
		return this.groups.findByExternalIdIn(Set.copyOf(externalIds))
			.stream()
			.collect(Collectors.toMap(FollowOnGroup::getExternalId,
					(g) -> new Current(g.getId(), g.imported(), this.rules.now(g.statusFacts()).status())));
	}

	/**
	 * The meetings imported before for these groups, by group external id, then by day.
	 */
	public Map<String, Map<LocalDate, ImportedMeeting>> importedMeetings(Collection<String> externalIds) {
		Map<String, Map<LocalDate, ImportedMeeting>> found = new HashMap<>();
		if (externalIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select g.external_id, h.held_on, h.attended, h.face_to_face
				  from held_meeting h join follow_on_group g on g.id = h.group_id
				 where g.external_id in (:ids) and h.source_key like 'import:%'""")
			.param("ids", Set.copyOf(externalIds))
			.query((rs, n) -> new ImportedMeeting(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
					rs.getBoolean(4)))
			.list()
			.forEach((m) -> found.computeIfAbsent(m.groupExternalId(), (k) -> new TreeMap<>()).put(m.heldOn(), m));
		return found;
	}

	/**
	 * What each group's status would be today once these are imported, counting the
	 * meetings already recorded for it (imported or logged in the app). For the preview;
	 * nothing is stored.
	 */
	public Map<String, GroupStatus> statusesAfter(List<ImportedGroup> imported, List<ImportedMeeting> meetings) {
		Map<String, ImportedGroup> described = new LinkedHashMap<>();
		Set<String> touched = touched(imported, meetings);
		current(touched).forEach((id, current) -> described.put(id, current.group()));
		imported.forEach((g) -> described.put(g.externalId(), g));
		Map<String, Map<String, GroupStatusRules.Met>> met = recordedMeetings(touched);
		meetings.forEach(
				(m) -> met.computeIfAbsent(m.groupExternalId(), (k) -> new HashMap<>()).put(m.sourceKey(), met(m)));
		Instant now = this.clock.instant();
		Map<String, GroupStatus> statuses = new LinkedHashMap<>();
		for (String id : touched) {
			ImportedGroup group = described.get(id);
			// Worked out on a copy that is never saved, by the same steps as apply.
			FollowOnGroup copy = new FollowOnGroup(group, 0, now);
			List<GroupStatusRules.Met> held = new ArrayList<>(met.getOrDefault(id, Map.of()).values());
			this.rules.meetingsChanged(copy, held, group.pmpEndedOn());
			copy.settleImported(group.folded(), 0);
			statuses.put(id, this.rules.now(copy.statusFacts()).status());
		}
		return statuses;
	}

	/**
	 * Creates or updates each group (matched on its external id) and records each meeting
	 * under {@code import:<external id>:<day>}, replacing one imported before for the
	 * same group and day; then works out each group's status once. Meetings may belong to
	 * groups imported before.
	 * @param by the staff account importing
	 * @return each group's id, by external id
	 */
	@Transactional
	public Map<String, Long> apply(List<ImportedGroup> imported, List<ImportedMeeting> meetings, long by) {
		Instant now = this.clock.instant();
		Set<String> touched = touched(imported, meetings);
		Map<String, FollowOnGroup> entities = this.groups.findByExternalIdIn(touched)
			.stream()
			.collect(Collectors.toMap(FollowOnGroup::getExternalId, Function.identity()));
		Map<String, Boolean> folded = new HashMap<>();
		entities.forEach((id, group) -> folded.put(id, group.isClosed()));
		for (ImportedGroup group : imported) {
			FollowOnGroup entity = entities.get(group.externalId());
			if (entity == null) {
				entities.put(group.externalId(), this.groups.save(new FollowOnGroup(group, by, now)));
			}
			else {
				entity.importFrom(group, now);
			}
			folded.put(group.externalId(), group.folded());
		}
		this.groups.flush();
		Map<String, Long> ids = entities.values()
			.stream()
			.collect(Collectors.toMap(FollowOnGroup::getExternalId, FollowOnGroup::getId));
		recordMeetings(meetings, ids);
		Map<Long, List<GroupStatusRules.Met>> held = heldMeetings(ids.values());
		for (FollowOnGroup group : entities.values()) {
			this.rules.meetingsChanged(group, held.getOrDefault(group.getId(), List.of()), group.getPmpEndedOn());
			group.settleImported(folded.get(group.getExternalId()), by);
		}
		return ids;
	}

	private static Set<String> touched(List<ImportedGroup> imported, List<ImportedMeeting> meetings) {
		Set<String> touched = new LinkedHashSet<>();
		imported.forEach((g) -> touched.add(g.externalId()));
		meetings.forEach((m) -> touched.add(m.groupExternalId()));
		return touched;
	}

	private void recordMeetings(List<ImportedMeeting> meetings, Map<String, Long> ids) {
		List<Object[]> rows = meetings.stream()
			.map((m) -> new Object[] { ids.get(m.groupExternalId()), m.sourceKey(), m.heldOn(), m.faceToFace(),
					m.attended(), m.attended() })
			.toList();
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.batches.batchUpdate("""
					insert into held_meeting (group_id, source_key, held_on, face_to_face, attended, pmp_participants)
					values (?, ?, ?, ?, ?, ?)
					on conflict (source_key) do update
					   set held_on = excluded.held_on, face_to_face = excluded.face_to_face,
					       attended = excluded.attended, pmp_participants = excluded.pmp_participants""",
					rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

	private static final int BATCH = 1000;

	private Map<Long, List<GroupStatusRules.Met>> heldMeetings(Collection<Long> groupIds) {
		if (groupIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<GroupStatusRules.Met>> held = new HashMap<>();
		RowCallbackHandler collect = (rs) -> held.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
			.add(new GroupStatusRules.Met(rs.getObject(2, LocalDate.class), rs.getBoolean(3), rs.getInt(4)));
		this.jdbc.sql("""
				select group_id, held_on, face_to_face, pmp_participants from held_meeting
				 where group_id in (:ids) order by group_id, held_on""").param("ids", groupIds).query(collect);
		return held;
	}

	/** Every meeting recorded for these groups, by external id, then by source key. */
	private Map<String, Map<String, GroupStatusRules.Met>> recordedMeetings(Collection<String> externalIds) {
		Map<String, Map<String, GroupStatusRules.Met>> found = new HashMap<>();
		if (externalIds.isEmpty()) {
			return found;
		}
		RowCallbackHandler collect = (rs) -> found.computeIfAbsent(rs.getString(1), (k) -> new HashMap<>())
			.put(rs.getString(2),
					new GroupStatusRules.Met(rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getInt(5)));
		this.jdbc.sql("""
				select g.external_id, h.source_key, h.held_on, h.face_to_face, h.pmp_participants
				  from held_meeting h join follow_on_group g on g.id = h.group_id
				 where g.external_id in (:ids)""").param("ids", Set.copyOf(externalIds)).query(collect);
		return found;
	}

	private static GroupStatusRules.Met met(ImportedMeeting meeting) {
		return new GroupStatusRules.Met(meeting.heldOn(), meeting.faceToFace(), meeting.attended());
	}

}
