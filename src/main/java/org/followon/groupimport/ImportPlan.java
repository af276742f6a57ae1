package org.followon.groupimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.followon.group.GroupStatus;

/**
 * What confirming an upload will change, for the preview: each group in it (new, changed
 * with the cells that change, or unchanged) with its meetings to add and to update, and
 * its status once imported. The fingerprint is sent back with "Confirm", so that an
 * import goes ahead only if it would still do exactly what the preview showed.
 */
record ImportPlan(List<GroupLine> groups, String fingerprint) {

	enum Change {

		NEW, UPDATED, UNCHANGED

	}

	/**
	 * A cell the import changes: its column, what the group has now, what it will have.
	 */
	record FieldChange(String column, String before, String after) {
	}

	/**
	 * One group the upload touches.
	 *
	 * @param id the group's id in the app, null for a new group
	 */
	record GroupLine(String externalId, String name, Long id, Change change, List<FieldChange> fields,
			int meetingsAdded, int meetingsUpdated, int meetingsUnchanged, GroupStatus statusAfter) {
	}

	/**
	 * A figure at the top of the preview: its label's message code, its element id, its
	 * value.
	 */
	record Total(String label, String id, long value) {
	}

	public List<Total> totals() {
		return List.of(new Total("import.preview.new", "total-new", count(Change.NEW)),
				new Total("import.preview.updated", "total-updated", count(Change.UPDATED)),
				new Total("import.preview.unchanged", "total-unchanged", count(Change.UNCHANGED)),
				new Total("import.preview.meetingsAdded", "total-meetings-added", meetingsAdded()),
				new Total("import.preview.meetingsUpdated", "total-meetings-updated", meetingsUpdated()));
	}

	static ImportPlan of(String contentHash, List<GroupLine> groups) {
		return new ImportPlan(groups, sha256(contentHash + "\n" + groups));
	}

	public long count(Change change) {
		return this.groups.stream().filter((g) -> g.change() == change).count();
	}

	public int meetingsAdded() {
		return this.groups.stream().mapToInt(GroupLine::meetingsAdded).sum();
	}

	public int meetingsUpdated() {
		return this.groups.stream().mapToInt(GroupLine::meetingsUpdated).sum();
	}

	public int meetingsUnchanged() {
		return this.groups.stream().mapToInt(GroupLine::meetingsUnchanged).sum();
	}

	/**
	 * Groups that will show as dormant although the file calls them active (no recent
	 * contact).
	 */
	public long dormant() {
		return this.groups.stream().filter((g) -> g.statusAfter() == GroupStatus.DORMANT).count();
	}

	/** Whether confirming would change nothing at all. */
	public boolean changesNothing() {
		return count(Change.UNCHANGED) == this.groups.size() && meetingsAdded() + meetingsUpdated() == 0;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
