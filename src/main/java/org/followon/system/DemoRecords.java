package org.followon.system;

import java.util.HashMap;
import java.util.Map;

/**
 * What the demo data's parts have made so far, one record of each type, for the parts
 * loaded after them: the account module's demo sign-ins, say, which the PMPs and the
 * hand-over read. Each record type belongs to the public API of the module whose data it
 * names.
 */
public final class DemoRecords {

	private final Map<Class<? extends Record>, Record> made = new HashMap<>();

	DemoRecords() {
	}

	/** Adds what a part made, under the record's own type; one of each type. */
	public void add(Record record) {
		Record before = this.made.putIfAbsent(record.getClass(), record);
		if (before != null) {
			throw new IllegalStateException("Demo data made a second " + record.getClass().getSimpleName());
		}
	}

	/**
	 * What an earlier part made; the reading part lists the type in
	 * {@link DemoData#reads()}, so that the part making it is loaded first.
	 */
	public <T extends Record> T get(Class<T> type) {
		Record record = this.made.get(type);
		if (record == null) {
			throw new IllegalStateException("No demo " + type.getSimpleName()
					+ " made yet: the part that reads it must list it in DemoData.reads()");
		}
		return type.cast(record);
	}

	boolean has(Class<? extends Record> type) {
		return this.made.containsKey(type);
	}

}
