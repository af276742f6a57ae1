package org.followon.system;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;

/**
 * A set of enum values as one column of names ("PARKING,STEP_FREE"), read back as a set.
 * Shared by the modules that store such sets (venue accessibility, meeting topics).
 */
public abstract class EnumSetColumn<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

	private final Class<E> type;

	protected EnumSetColumn(Class<E> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(Set<E> values) {
		return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	@Override
	public Set<E> convertToEntityAttribute(String column) {
		Set<E> values = EnumSet.noneOf(this.type);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map((name) -> Enum.valueOf(this.type, name)).forEach(values::add);
		}
		return values;
	}

}
