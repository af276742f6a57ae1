package org.followon.system;

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): a cell starting
 * with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before
 * one). Imports refuse them; exports neutralise them with a leading apostrophe, which
 * spreadsheets show as text.
 */
public final class CsvCells {

	private CsvCells() {
	}

	public static boolean looksLikeFormula(String cell) {
		if (cell == null || cell.isEmpty()) {
			return false;
		}
		char first = cell.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** The cell as a spreadsheet should show it: as text, never run. */
	public static String neutralise(String cell) {
		return looksLikeFormula(cell) ? "'" + cell : cell;
	}

}
