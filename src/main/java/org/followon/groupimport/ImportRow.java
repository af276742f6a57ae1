package org.followon.groupimport;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.followon.system.CsvCells;

/**
 * One row of an import file, read a cell at a time. Each reader records a problem for a
 * cell it cannot accept, naming the line and column, and returns null; cells a
 * spreadsheet would run as a formula are refused before anything else.
 */
final class ImportRow {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

	private final ImportFile file;

	private final int line;

	private final Map<String, Integer> columns;

	private final CSVRecord record;

	private final ImportProblems problems;

	private final Set<String> refused = new HashSet<>();

	private ImportRow(ImportFile file, int line, Map<String, Integer> columns, CSVRecord record,
			ImportProblems problems) {
		this.file = file;
		this.line = line;
		this.columns = columns;
		this.record = record;
		this.problems = problems;
	}

	/** The row, or null if it has the wrong number of cells (a problem then says so). */
	static ImportRow of(ImportFile file, int line, Map<String, Integer> columns, CSVRecord record,
			ImportProblems problems) {
		if (record.size() != file.header().size()) {
			problems.add(file, line, "cells", record.size(), file.header().size());
			return null;
		}
		ImportRow row = new ImportRow(file, line, columns, record, problems);
		for (String column : file.header()) {
			String raw = record.get(columns.get(column));
			if (CsvCells.looksLikeFormula(raw) || CsvCells.looksLikeFormula(raw.strip())) {
				char first = (CsvCells.looksLikeFormula(raw) ? raw : raw.strip()).charAt(0);
				if (first == '\t' || first == '\r') {
					row.problem(column, "formula.hidden");
				}
				else {
					row.problem(column, "formula", String.valueOf(first));
				}
			}
			else if (raw.indexOf('\n') >= 0 || raw.indexOf('\r') >= 0) {
				row.problem(column, "lineBreak");
			}
		}
		return row;
	}

	int line() {
		return this.line;
	}

	/** Whether every cell read so far was accepted. */
	boolean ok() {
		return this.refused.isEmpty();
	}

	void problem(String column, String code, Object... args) {
		this.refused.add(column);
		this.problems.addInCell(this.file, this.line, column, this.columns.get(column), code, args);
	}

	/** The cell as typed, without surrounding spaces; empty for an empty cell. */
	String cell(String column) {
		return this.record.get(this.columns.get(column)).strip();
	}

	/** The cell's text, or null if refused or (when optional) empty. */
	String text(String column, boolean required, int maxLength) {
		String cell = cell(column);
		if (this.refused.contains(column)) {
			return null;
		}
		if (cell.isEmpty()) {
			if (required) {
				problem(column, "required");
			}
			return null;
		}
		if (cell.length() > maxLength) {
			problem(column, "tooLong", maxLength);
			return null;
		}
		return cell;
	}

	/** The earliest date accepted, as for dates typed into the app's forms. */
	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/** An ISO date (yyyy-mm-dd) from 1900 to today. */
	LocalDate date(String column, boolean required, LocalDate today) {
		String cell = text(column, required, 40);
		if (cell == null) {
			return null;
		}
		try {
			if (!DATE.matcher(cell).matches()) {
				throw new DateTimeParseException("not ISO", cell, 0);
			}
			LocalDate date = LocalDate.parse(cell);
			if (date.isAfter(today)) {
				problem(column, "future", cell);
				return null;
			}
			if (date.isBefore(EARLIEST)) {
				problem(column, "tooEarly", cell);
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problem(column, "date", cell);
			return null;
		}
	}

	/** A whole number from min to max. */
	Integer number(String column, boolean required, int min, int max) {
		String cell = text(column, required, 40);
		if (cell == null) {
			return null;
		}
		int value = WHOLE_NUMBER.matcher(cell).matches() ? Integer.parseInt(cell) : -1;
		if (value < min || value > max) {
			problem(column, "number", cell, min, max);
			return null;
		}
		return value;
	}

	/** One code of the type (see {@link ImportCodes}). */
	<E extends Enum<E>> E code(String column, Class<E> type, boolean required) {
		String cell = text(column, required, 200);
		if (cell == null) {
			return null;
		}
		Optional<E> value = ImportCodes.read(type, cell);
		if (value.isEmpty()) {
			problem(column, "code", cell, ImportCodes.all(type));
		}
		return value.orElse(null);
	}

	/**
	 * Codes separated by ';', each once, in the order given; null if any is not known.
	 */
	<E extends Enum<E>> List<E> codes(String column, Class<E> type, boolean required) {
		String cell = text(column, required, 200);
		if (cell == null) {
			return this.refused.contains(column) || required ? null : List.of();
		}
		List<E> values = new ArrayList<>();
		for (String part : cell.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			Optional<E> value = ImportCodes.read(type, part);
			if (value.isEmpty()) {
				problem(column, "code", part.strip(), ImportCodes.all(type));
				return null;
			}
			if (!values.contains(value.get())) {
				values.add(value.get());
			}
		}
		if (values.isEmpty() && required) {
			problem(column, "required");
			return null;
		}
		return values;
	}

	/** yes or no. */
	Boolean yesNo(String column) {
		String cell = text(column, true, 40);
		if (cell == null) {
			return null;
		}
		if (cell.equalsIgnoreCase("yes") || cell.equalsIgnoreCase("no")) {
			return cell.equalsIgnoreCase("yes");
		}
		problem(column, "yesNo", cell);
		return null;
	}

}
