package org.followon.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;

/**
 * The upload page with what is wrong, for the controller and for uploads too big to read:
 * the first {@link #SHOWN} problems in the NHS error summary, each saying where (file,
 * line, column), and how many more; under each file input, how many of them are in that
 * file.
 */
@Component
class ImportPages {

	static final String UPLOAD = "network/import-upload";

	static final int SHOWN = 50;

	/** A problem as the error summary shows it, linking to the file input it is about. */
	record ProblemLine(String href, String text) {
	}

	private final MessageSource messages;

	private final DataSize maxFileSize;

	ImportPages(MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:5MB}") DataSize maxFileSize) {
		this.messages = messages;
		this.maxFileSize = maxFileSize;
	}

	String upload(Model model) {
		model.addAttribute("maxMegabytes", this.maxFileSize.toMegabytes());
		model.addAttribute("groupsHeader", String.join(",", ImportFile.GROUPS.header()));
		model.addAttribute("meetingsHeader", String.join(",", ImportFile.MEETINGS.header()));
		return UPLOAD;
	}

	String upload(Model model, ImportProblems problems) {
		model.addAttribute("problems", lines(problems));
		model.addAttribute("moreProblems", Math.max(0, problems.count() - SHOWN));
		Map<String, String> fileErrors = new LinkedHashMap<>();
		for (ImportFile file : ImportFile.values()) {
			if (problems.in(file)) {
				fileErrors.put(file.field(), text("import.problem.inFile", problems.count(file)));
			}
		}
		model.addAttribute("fileErrors", fileErrors);
		return upload(model);
	}

	/**
	 * The upload page when a file is over the size limit; nothing of it was read, so
	 * which of the two it was is not known, and the message (shown at both inputs) says
	 * "one of the files".
	 */
	String tooBig(Model model) {
		String message = text("import.problem.tooBig", this.maxFileSize.toMegabytes());
		model.addAttribute("problems", List.of(new ProblemLine("#groups-field", message)));
		model.addAttribute("moreProblems", 0);
		Map<String, String> fileErrors = new LinkedHashMap<>();
		for (ImportFile file : ImportFile.values()) {
			fileErrors.put(file.field(), message);
		}
		model.addAttribute("fileErrors", fileErrors);
		return upload(model);
	}

	/** The problems for the upload page, each linking to its file's input. */
	List<ProblemLine> lines(ImportProblems problems) {
		return problems.list().stream().limit(SHOWN).map(this::line).toList();
	}

	/**
	 * The problems for a page without the file inputs (the preview), each linking to
	 * {@code href}.
	 */
	List<ProblemLine> lines(ImportProblems problems, String href) {
		return lines(problems).stream().map((p) -> new ProblemLine(href, p.text())).toList();
	}

	ProblemLine line(ImportProblem problem) {
		String where = this.messages.getMessage(problem.whereCode(), problem.whereArgs(text(problem.file().label())),
				Locale.UK);
		String what = this.messages.getMessage("import.problem." + problem.code(), problem.messageArgs(), Locale.UK);
		return new ProblemLine("#" + problem.file().field() + "-field", where + " " + what);
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.UK);
	}

}
