package org.followon.groupimport;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The codes import files use for the app's choices: each value's name in lower case
 * ({@code every_6_to_8_weeks}, {@code pub_or_bar}, {@code whatsapp}), read without regard
 * to case.
 */
final class ImportCodes {

	private ImportCodes() {
	}

	static <E extends Enum<E>> Optional<E> read(Class<E> type, String code) {
		String name = code.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants()).filter((e) -> e.name().equals(name)).findFirst();
	}

	static String code(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	/** Every code of the type, for messages: "weekly, fortnightly, monthly". */
	static String all(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(ImportCodes::code).collect(Collectors.joining(", "));
	}

}
