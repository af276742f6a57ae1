package org.followon.system;

import java.util.Set;

/**
 * One module's part of the demo data, which the system module loads with every other
 * module's part at start-up when {@code followon.demo.enabled} is on (never under
 * {@code prod}). A part hands what it made to the parts loaded after it as a record of
 * its module's public API in {@link DemoRecords}, and reads from there what earlier parts
 * made: ids, never another module's data found by name.
 */
public interface DemoData {

	/**
	 * The records of other parts that this part reads, whose parts are therefore loaded
	 * first.
	 */
	default Set<Class<? extends Record>> reads() {
		return Set.of();
	}

	/**
	 * Whether the module holds any data already: the demo is loaded only into a database
	 * where no module does, so once.
	 */
	boolean hasData();

	/**
	 * Adds this module's demo data, in the transaction that loads every part.
	 * @param records what the parts loaded before this one made; this part adds what it
	 * made for the parts after it
	 */
	void load(DemoRecords records);

}
