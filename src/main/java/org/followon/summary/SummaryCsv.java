package org.followon.summary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.followon.system.CsvCells;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The summary as CSV: every figure as {@code metric,value}, and each table with its
 * columns' names as the header. Every cell goes through {@link CsvCells#neutralise}, so
 * nothing a spreadsheet opens can run as a formula.
 */
@Component
class SummaryCsv {

	private final MessageSource messages;

	SummaryCsv(MessageSource messages) {
		this.messages = messages;
	}

	String metrics(NetworkSummary summary) {
		List<List<String>> rows = new ArrayList<>();
		summary.metrics().forEach((name, value) -> rows.add(List.of(name, text(value))));
		return write(List.of("metric", "value"), rows);
	}

	String table(SummaryTable table) {
		List<List<String>> rows = new ArrayList<>();
		for (SummaryTable.Row row : table.rows()) {
			List<String> cells = new ArrayList<>();
			cells.add(this.messages.getMessage(row.label(), null, row.label(), Locale.UK));
			row.values().forEach((v) -> cells.add(text(v)));
			rows.add(cells);
		}
		return write(table.columns(), rows);
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
	}

	private static String write(List<String> header, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(header.stream().map(CsvCells::neutralise));
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(CsvCells::neutralise));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
