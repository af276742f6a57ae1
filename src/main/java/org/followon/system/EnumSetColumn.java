package org.followon.system;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;

/**
 * The one way a set of enum values is stored: one text column of their names, sorted and
 * comma-separated ("PARKING,STEP_FREE"), empty for none; read back as an {@link EnumSet}.
 * A few values per row, never queried inside, so no join table. Subclass it with a
 * {@code @Converter} for an entity's {@code Set} field, or use the static methods where
 * an entity keeps the column as text. {@link #writeInOrder}/{@link #readInOrder} keep a
 * list's order instead (the first is the main one), in the same format.
 */
public abstract class EnumSetColumn<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

	private final Class<E> type;

	protected EnumSetColumn(Class<E> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(Set<E> values) {
		return write(values);
	}

	@Override
	public Set<E> convertToEntityAttribute(String column) {
		return read(column, this.type);
	}

	/** The values' names, sorted and comma-separated; empty for none. */
	public static <E extends Enum<E>> String write(Collection<E> values) {
		return (values == null) ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	/** The values named in a column written by {@link #write}; empty for none. */
	public static <E extends Enum<E>> Set<E> read(String column, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		values.addAll(readInOrder(column, type));
		return values;
	}

	/** The values' names comma-separated in their order; empty for none. */
	public static <E extends Enum<E>> String writeInOrder(List<E> values) {
		return (values == null) ? "" : values.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	/** The values named in a column, in the column's order; empty for none. */
	public static <E extends Enum<E>> List<E> readInOrder(String column, Class<E> type) {
		return (column == null || column.isBlank()) ? List.of()
				: Arrays.stream(column.split(",")).map((name) -> Enum.valueOf(type, name)).toList();
	}

}
