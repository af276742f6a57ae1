package org.followon.system;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored format is fixed by rows already in the database: sorted names, commas, no
 * spaces, empty for none.
 */
class EnumSetColumnTests {

	private final EnumSetColumn<DayOfWeek> column = new EnumSetColumn<>(DayOfWeek.class) {
	};

	@Test
	void writesSortedNamesSeparatedByCommas() {
		assertThat(this.column.convertToDatabaseColumn(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.MONDAY)))
			.isEqualTo("MONDAY,TUESDAY");
		assertThat(EnumSetColumn.write(List.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY))).isEqualTo("FRIDAY,WEDNESDAY");
	}

	@Test
	void writesNoneOrNullAsEmpty() {
		assertThat(this.column.convertToDatabaseColumn(Set.of())).isEmpty();
		assertThat(this.column.convertToDatabaseColumn(null)).isEmpty();
		assertThat(EnumSetColumn.writeInOrder(null)).isEmpty();
	}

	@Test
	void readsBackAnEnumSetAndEmptyOrNullAsNone() {
		assertThat(this.column.convertToEntityAttribute("MONDAY,TUESDAY")).isInstanceOf(EnumSet.class)
			.containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
		assertThat(this.column.convertToEntityAttribute("")).isEmpty();
		assertThat(this.column.convertToEntityAttribute("  ")).isEmpty();
		assertThat(this.column.convertToEntityAttribute(null)).isEmpty();
	}

	@Test
	void aListKeepsItsOrderInTheSameFormat() {
		String column = EnumSetColumn.writeInOrder(List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY));
		assertThat(column).isEqualTo("FRIDAY,MONDAY");
		assertThat(EnumSetColumn.readInOrder(column, DayOfWeek.class)).containsExactly(DayOfWeek.FRIDAY,
				DayOfWeek.MONDAY);
		assertThat(EnumSetColumn.read(column, DayOfWeek.class)).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
	}

}
