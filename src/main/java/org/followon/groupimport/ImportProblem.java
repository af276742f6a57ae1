package org.followon.groupimport;

import java.util.List;

/**
 * One thing wrong in an import file, for the error summary: where (the file, its line
 * counting the header as line 1, and the column by name and spreadsheet letter) and what,
 * as a message code {@code import.problem.*} with its arguments.
 *
 * @param line 0 for the file as a whole
 * @param column the column's name, or null for the whole line or file
 * @param columnIndex the column's place in the file, from 0 (-1 when no column)
 */
record ImportProblem(ImportFile file, int line, String column, int columnIndex, String code, List<Object> args) {

	/** The column as a spreadsheet names it: A, B, ... Z, AA. */
	String columnLetter() {
		if (this.columnIndex < 0) {
			return null;
		}
		String letters = "";
		for (int i = this.columnIndex; i >= 0; i = i / 26 - 1) {
			letters = (char) ('A' + i % 26) + letters;
		}
		return letters;
	}

	/** The message code of the text that says where. */
	String whereCode() {
		return this.column != null ? "import.problem.where.cell"
				: this.line > 0 ? "import.problem.where.line" : "import.problem.where.file";
	}

	/**
	 * The arguments of the "where" message: the file, line, column letter and column
	 * name.
	 * @param fileLabel the file's name as shown ({@link ImportFile#label()}, resolved)
	 */
	Object[] whereArgs(String fileLabel) {
		return new Object[] { fileLabel, Integer.toString(this.line), columnLetter(), this.column };
	}

	Object[] messageArgs() {
		return this.args.toArray();
	}

}
