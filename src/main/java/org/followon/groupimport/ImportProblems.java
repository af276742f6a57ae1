package org.followon.groupimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found in an upload, in the order found. Only the first {@link #KEPT} are
 * kept (a file wrong on every line of a hundred thousand would otherwise fill memory);
 * all are counted.
 */
final class ImportProblems {

	static final int KEPT = 500;

	private final List<ImportProblem> kept = new ArrayList<>();

	private int count;

	private final Map<ImportFile, Integer> byFile = new EnumMap<>(ImportFile.class);

	void addInCell(ImportFile file, int line, String column, int columnIndex, String code, Object... args) {
		this.count++;
		this.byFile.merge(file, 1, Integer::sum);
		if (this.kept.size() < KEPT) {
			this.kept.add(new ImportProblem(file, line, column, columnIndex, code, Arrays.asList(args)));
		}
	}

	void add(ImportFile file, int line, String code, Object... args) {
		addInCell(file, line, null, -1, code, args);
	}

	boolean any() {
		return this.count > 0;
	}

	int count() {
		return this.count;
	}

	/** The problems kept, file by file, line by line, column by column. */
	List<ImportProblem> list() {
		return this.kept.stream()
			.sorted(Comparator.comparing(ImportProblem::file)
				.thenComparingInt(ImportProblem::line)
				.thenComparingInt(ImportProblem::columnIndex))
			.toList();
	}

	int count(ImportFile file) {
		return this.byFile.getOrDefault(file, 0);
	}

	/** Whether any problem is in this file. */
	boolean in(ImportFile file) {
		return this.byFile.containsKey(file);
	}

}
