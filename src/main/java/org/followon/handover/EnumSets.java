package org.followon.handover;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sets of choices stored as comma-separated names: a dozen rows per PMP, never queried
 * inside.
 */
final class EnumSets {

	private EnumSets() {
	}

	static <E extends Enum<E>> String write(Set<E> values) {
		return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> Set<E> read(String text, Class<E> type) {
		EnumSet<E> values = EnumSet.noneOf(type);
		if (text != null && !text.isBlank()) {
			Arrays.stream(text.split(",")).map((name) -> Enum.valueOf(type, name)).forEach(values::add);
		}
		return values;
	}

	static String writeIds(java.util.Collection<Long> ids) {
		return ids == null ? ""
				: ids.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
	}

	static java.util.List<Long> readIds(String text) {
		return text == null || text.isBlank() ? java.util.List.of()
				: Arrays.stream(text.split(",")).map(Long::valueOf).toList();
	}

}
