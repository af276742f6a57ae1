package org.followon.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1" })
	void formulasAreRecognisedAndNeutralised(String cell) {
		assertThat(CsvCells.looksLikeFormula(cell)).isTrue();
		assertThat(CsvCells.neutralise(cell)).isEqualTo("'" + cell);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Riverside", "12", "2024-03-01", "a=b", "17.3" })
	void ordinaryCellsAreLeftAlone(String cell) {
		assertThat(CsvCells.looksLikeFormula(cell)).isFalse();
		assertThat(CsvCells.neutralise(cell)).isEqualTo(cell);
	}

}
