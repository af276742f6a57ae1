package org.followon.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The demo loader runs each module's part once, after the parts whose records it reads,
 * and only into a database where no module holds data.
 */
class DemoDataLoaderTests {

	record People(long coordinator) {
	}

	record Group(long id, long coordinator) {
	}

	private final List<String> loaded = new ArrayList<>();

	/** A part that reads what it is given, and makes what it is given. */
	private DemoData part(String name, boolean hasData, Set<Class<? extends Record>> reads,
			Function<DemoRecords, Record> makes) {
		return new DemoData() {

			@Override
			public Set<Class<? extends Record>> reads() {
				return reads;
			}

			@Override
			public boolean hasData() {
				return hasData;
			}

			@Override
			public void load(DemoRecords records) {
				DemoDataLoaderTests.this.loaded.add(name);
				Record made = makes.apply(records);
				if (made != null) {
					records.add(made);
				}
			}

		};
	}

	private DemoData people() {
		return part("people", false, Set.of(), (records) -> new People(7));
	}

	private DemoData group() {
		return part("group", false, Set.of(People.class),
				(records) -> new Group(40, records.get(People.class).coordinator()));
	}

	private final List<Group> pollsFor = new ArrayList<>();

	private DemoData poll() {
		return part("poll", false, Set.of(Group.class), (records) -> {
			this.pollsFor.add(records.get(Group.class));
			return null;
		});
	}

	@Test
	void eachPartLoadsOnceAfterThePartsWhoseRecordsItReadsInWhateverOrderTheyCome() {
		new DemoDataLoader(List.of(poll(), group(), people())).run(null);
		assertThat(this.loaded).containsExactly("people", "group", "poll");
		assertThat(this.pollsFor).containsExactly(new Group(40, 7));
	}

	@Test
	void nothingLoadsWhenAnyModuleHoldsDataAlready() {
		DemoData pollsExist = part("poll", true, Set.of(Group.class), (records) -> null);
		new DemoDataLoader(List.of(people(), group(), pollsExist)).run(null);
		assertThat(this.loaded).isEmpty();
	}

	@Test
	void aPartWaitingForARecordNoPartMakesStopsTheLoadSayingWhichAndWhat() {
		assertThatIllegalStateException().isThrownBy(() -> new DemoDataLoader(List.of(people(), poll())).run(null))
			.withMessageContaining("reads [Group]");
		assertThat(this.loaded).containsExactly("people");
	}

	@Test
	void aPartReadingARecordItDidNotListIsToldToListIt() {
		DemoData unlisted = part("unlisted", false, Set.of(), (records) -> records.get(People.class));
		assertThatIllegalStateException().isThrownBy(() -> new DemoDataLoader(List.of(unlisted, people())).run(null))
			.withMessageContaining("No demo People made yet");
	}

	@Test
	void aSecondRecordOfOneTypeIsRefused() {
		DemoRecords records = new DemoRecords();
		records.add(new People(7));
		assertThatIllegalStateException().isThrownBy(() -> records.add(new People(8)))
			.withMessageContaining("second People");
		assertThat(records.get(People.class)).isEqualTo(new People(7));
	}

}
