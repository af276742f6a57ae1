package org.followon.groupimport;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What the upload and preview pages show, for the controller and for uploads too big to
 * read: the first {@link #SHOWN} problems in the NHS error summary, each saying where
 * (file, line, column), and how many more; under each file input, how many of them are in
 * that file.
 */
@Component
class ImportViews {

	static final String UPLOAD = "groupimport/upload";

	static final int SHOWN = 50;

	/** A problem as the error summary shows it, linking to the element it is about. */
	record ProblemLine(String href, String text) {
	}

	/**
	 * The upload page: the files' size limit and headers, and what was wrong with the
	 * files just uploaded, if anything ({@code fileErrors} by the file input's name).
	 */
	record UploadPage(long maxMegabytes, String groupsHeader, String meetingsHeader, List<ProblemLine> problems,
			int moreProblems, Map<String, String> fileErrors) {
	}

	/**
	 * An upload waiting to be confirmed: its plan, or the problems found when it was
	 * checked again, each linking to uploading again (the page has no file inputs).
	 */
	record PreviewPage(GroupImportService.Upload upload, ImportPlan plan, LocalDate sameFilesImportedOn,
			List<ProblemLine> problems, int moreProblems) {
	}

	private final MessageSource messages;

	private final DataSize maxFileSize;

	ImportViews(MessageSource messages, MultipartProperties multipart) {
		this.messages = messages;
		this.maxFileSize = multipart.getMaxFileSize();
	}

	UploadPage upload() {
		return upload(List.of(), 0, Map.of());
	}

	UploadPage upload(ImportProblems problems) {
		Map<String, String> fileErrors = new LinkedHashMap<>();
		for (ImportFile file : ImportFile.values()) {
			if (problems.in(file)) {
				fileErrors.put(file.field(), text("import.problem.inFile", problems.count(file)));
			}
		}
		return upload(lines(problems), more(problems), fileErrors);
	}

	/**
	 * The upload page when a file is over the size limit; nothing of it was read, so
	 * which of the two it was is not known, and the message (shown at both inputs) says
	 * "one of the files".
	 */
	UploadPage tooBig() {
		String message = text("import.problem.tooBig", this.maxFileSize.toMegabytes());
		Map<String, String> fileErrors = new LinkedHashMap<>();
		for (ImportFile file : ImportFile.values()) {
			fileErrors.put(file.field(), message);
		}
		return upload(List.of(new ProblemLine("#groups-field", message)), 0, fileErrors);
	}

	PreviewPage preview(GroupImportService.ImportPage page) {
		ImportProblems problems = page.problems();
		List<ProblemLine> lines = problems.any()
				? lines(problems).stream().map((p) -> new ProblemLine("#upload-again", p.text())).toList() : List.of();
		return new PreviewPage(page.upload(), page.plan(), page.sameFilesImportedOn(), lines, more(problems));
	}

	private UploadPage upload(List<ProblemLine> problems, int moreProblems, Map<String, String> fileErrors) {
		return new UploadPage(this.maxFileSize.toMegabytes(), String.join(",", ImportFile.GROUPS.header()),
				String.join(",", ImportFile.MEETINGS.header()), problems, moreProblems, fileErrors);
	}

	/** The problems for the upload page, each linking to its file's input. */
	private List<ProblemLine> lines(ImportProblems problems) {
		return problems.list().stream().limit(SHOWN).map(this::line).toList();
	}

	private static int more(ImportProblems problems) {
		return Math.max(0, problems.count() - SHOWN);
	}

	private ProblemLine line(ImportProblem problem) {
		String where = this.messages.getMessage(problem.whereCode(), problem.whereArgs(text(problem.file().label())),
				Locale.UK);
		String what = this.messages.getMessage("import.problem." + problem.code(), problem.messageArgs(), Locale.UK);
		return new ProblemLine("#" + problem.file().field() + "-field", where + " " + what);
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.UK);
	}

}
