package org.followon.groupimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An import file read as CSV (RFC 4180, UTF-8, with or without Excel's byte order mark):
 * its header checked against the columns the file must have (in any order, any case),
 * then its rows, each with the line it starts on. Problems with the file as a whole stop
 * it there.
 */
final class ImportSheet {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private ImportSheet() {
	}

	/** The bytes as text, or null (with a problem) if they are not UTF-8 text. */
	static String text(ImportFile file, byte[] bytes, ImportProblems problems) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			problems.add(file, 0, "notUtf8");
			return null;
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			problems.add(file, 0, "empty");
			return null;
		}
		if (text.indexOf('\0') >= 0) {
			problems.add(file, 0, "notCsv");
			return null;
		}
		return text;
	}

	/**
	 * The rows under the header, or none if the file could not be read (see the
	 * problems).
	 */
	static List<ImportRow> rows(ImportFile file, String text, ImportProblems problems) {
		List<ImportRow> rows = new ArrayList<>();
		Map<String, Integer> columns = null;
		long previousEnd = 0;
		String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
		try (CSVParser parser = CSVParser.parse(new StringReader(csv), FORMAT)) {
			for (CSVRecord record : parser) {
				int line = (int) previousEnd + 1;
				previousEnd = parser.getCurrentLineNumber();
				if (columns == null) {
					columns = header(file, record, problems);
					if (columns == null) {
						return List.of();
					}
				}
				else if (!(record.size() == 1 && record.get(0).isBlank())) {
					ImportRow row = ImportRow.of(file, line, columns, record, problems);
					if (row != null) {
						rows.add(row);
					}
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			problems.add(file, (int) previousEnd + 1, "notCsv.line");
			return List.of();
		}
		if (rows.isEmpty() && !problems.in(file)) {
			problems.add(file, 0, "noRows");
		}
		return rows;
	}

	/** Each column's place, or null if the header is not the one the file must have. */
	private static Map<String, Integer> header(ImportFile file, CSVRecord record, ImportProblems problems) {
		Map<String, Integer> columns = new HashMap<>();
		Set<String> unexpected = new LinkedHashSet<>();
		for (int i = 0; i < record.size(); i++) {
			String name = record.get(i).strip().toLowerCase(Locale.ROOT);
			if (!file.header().contains(name)) {
				if (!name.isEmpty()) {
					unexpected.add(name);
				}
			}
			else if (columns.putIfAbsent(name, i) != null) {
				problems.add(file, 1, "header.twice", name);
			}
		}
		List<String> missing = file.header().stream().filter((name) -> !columns.containsKey(name)).toList();
		if (!missing.isEmpty()) {
			problems.add(file, 1, "header.missing", String.join(", ", missing), String.join(",", file.header()));
		}
		unexpected.forEach((name) -> problems.add(file, 1, "header.unexpected", name));
		return problems.in(file) ? null : columns;
	}

}
