package org.followon.summary;

import java.util.List;

/**
 * One of the summary's tables, the same numbers as its chart: a name (its CSV file), the
 * columns' names (snake_case, also the message codes of their headings under
 * {@code summary.column.}), and rows labelled by a message code.
 */
record SummaryTable(String name, List<String> columns, List<Row> rows) {

	/**
	 * A row: the message code of its label, and one value per column after the first
	 * (null: none).
	 */
	record Row(String label, List<Number> values) {

		public Number value(int column) {
			return this.values.get(column);
		}

	}

	/**
	 * The largest value in a column (at least 1, so that a chart of zeros has a scale).
	 */
	public double max(int column) {
		double max = this.rows.stream()
			.map((r) -> r.value(column))
			.filter((v) -> v != null)
			.mapToDouble(Number::doubleValue)
			.max()
			.orElse(0);
		return max > 0 ? max : 1;
	}

	/**
	 * The length of a bar for a row's value, on a scale where the column's largest is
	 * {@code full}.
	 */
	public double bar(Row row, int column, double full) {
		Number value = row.value(column);
		return value == null ? 0 : Math.round(value.doubleValue() / max(column) * full * 10) / 10.0;
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
