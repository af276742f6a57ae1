package org.followon.groupimport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.followon.group.Channel;
import org.followon.group.Frequency;
import org.followon.group.GroupPurpose;
import org.followon.group.ImportedGroup;
import org.followon.group.ImportedMeeting;
import org.followon.group.VenueType;
import org.junit.jupiter.api.Test;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reading and checking import files on their own: every bad case, with its line and
 * column.
 */
class ImportCheckTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private static final String GROUPS_HEADER = "external_id,name,area,pmp_end_date,started_on,last_contact_on,status,"
			+ "max_attending,frequency,venue_type,channels,purpose\n";

	private static final String MEETINGS_HEADER = "group_external_id,date,attended,face_to_face\n";

	private static final String GOOD_GROUP = "G-1,Riverside,B17,2024-01-09,2024-01-16,,active,8,monthly,cafe,"
			+ "WhatsApp;phone,social;goal_setting\n";

	/** Groups imported before: one, started on 1 March 2024. */
	private static final Map<String, LocalDate> BEFORE = Map.of("OLD-1", LocalDate.of(2024, 3, 1));

	private static ImportCheck.Checked check(String groups, String meetings) {
		return ImportCheck.check(groups, meetings, TODAY,
				(ids) -> BEFORE.entrySet()
					.stream()
					.filter((e) -> ids.contains(e.getKey()))
					.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
				new ImportProblems());
	}

	private static List<ImportProblem> problems(String groups, String meetings) {
		ImportCheck.Checked checked = check(groups, meetings);
		assertThat(checked.ok()).isFalse();
		return checked.problems().list();
	}

	@Test
	void goodFilesAreReadWithTheirCodesInAnyCase() {
		ImportCheck.Checked checked = check(
				GROUPS_HEADER + GOOD_GROUP
						+ "G-2,Hill group,,2020-01-01,2020-01-02,2021-05-01,FOLDED,,every_6_to_8_weeks,,email,\n",
				MEETINGS_HEADER + "G-1,2024-02-01,5,yes\nOLD-1,2024-03-02,3,No\n");
		assertThat(checked.problems().list()).isEmpty();
		assertThat(checked.groups()).containsExactly(
				new ImportedGroup("G-1", "Riverside", "B17", LocalDate.of(2024, 1, 9), LocalDate.of(2024, 1, 16), null,
						false, 8, Frequency.MONTHLY, VenueType.CAFE, List.of(Channel.WHATSAPP, Channel.PHONE),
						Set.of(GroupPurpose.SOCIAL, GroupPurpose.GOAL_SETTING)),
				new ImportedGroup("G-2", "Hill group", null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2),
						LocalDate.of(2021, 5, 1), true, null, Frequency.EVERY_6_TO_8_WEEKS, null,
						List.of(Channel.EMAIL), Set.of()));
		assertThat(checked.meetings()).containsExactly(new ImportedMeeting("G-1", LocalDate.of(2024, 2, 1), 5, true),
				new ImportedMeeting("OLD-1", LocalDate.of(2024, 3, 2), 3, false));
	}

	@Test
	void aWrongHeaderStopsTheFileThere() {
		assertThat(problems("external_id,name,area\n" + GOOD_GROUP, null))
			.extracting(ImportProblem::line, ImportProblem::code)
			.containsExactly(tuple(1, "header.missing"));
		assertThat(problems(GROUPS_HEADER.replace("purpose", "purposes") + GOOD_GROUP, null))
			.extracting(ImportProblem::line, ImportProblem::code, ImportProblem::args)
			.containsExactly(tuple(1, "header.missing", List.of("purpose", GROUPS_HEADER.strip())),
					tuple(1, "header.unexpected", List.of("purposes")));
	}

	@Test
	void theHeaderMayComeInAnyOrderAndCase() {
		ImportCheck.Checked checked = check(null,
				"\uFEFF" + "Face_To_Face,date,GROUP_EXTERNAL_ID,attended\r\nyes,2024-03-05,OLD-1,4\r\n");
		assertThat(checked.problems().list()).isEmpty();
		assertThat(checked.meetings()).containsExactly(new ImportedMeeting("OLD-1", LocalDate.of(2024, 3, 5), 4, true));
	}

	@Test
	void aBadDateIsReportedWithItsLineAndColumn() {
		List<ImportProblem> problems = problems(
				GROUPS_HEADER + GOOD_GROUP + GOOD_GROUP.replace("G-1", "G-2").replace("2024-01-16", "2024-13-01"),
				null);
		assertThat(problems)
			.extracting(ImportProblem::line, ImportProblem::column, ImportProblem::columnLetter, ImportProblem::code)
			.containsExactly(tuple(3, "started_on", "E", "date"));
		assertThat(problems(GROUPS_HEADER + GOOD_GROUP.replace("2024-01-16", "16/01/2024"), null))
			.extracting(ImportProblem::code, ImportProblem::args)
			.containsExactly(tuple("date", List.of("16/01/2024")));
	}

	@Test
	void aDateInTheFutureIsRefused() {
		assertThat(problems(GROUPS_HEADER + GOOD_GROUP, MEETINGS_HEADER + "G-1,2026-06-02,5,yes\n"))
			.extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::code)
			.containsExactly(tuple(ImportFile.MEETINGS, 2, "date", "future"));
	}

	@Test
	void eachGroupIsOnOneLineOnly() {
		assertThat(problems(GROUPS_HEADER + GOOD_GROUP + GOOD_GROUP.replace("G-1", "G-2") + GOOD_GROUP, null))
			.extracting(ImportProblem::line, ImportProblem::column, ImportProblem::code, ImportProblem::args)
			.containsExactly(tuple(4, "external_id", "duplicateId", List.of("G-1", 2)));
	}

	@Test
	void aFormulaInAnyCellIsRefused() {
		assertThat(
				problems(GROUPS_HEADER + GOOD_GROUP.replace("Riverside", "\"=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\""),
						MEETINGS_HEADER + "G-1,2024-02-01, +5,yes\n@SUM(A1),2024-02-02,5,yes\n"))
			.extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::code,
					ImportProblem::args)
			.containsExactly(tuple(ImportFile.GROUPS, 2, "name", "formula", List.of("=")),
					tuple(ImportFile.MEETINGS, 2, "attended", "formula", List.of("+")),
					tuple(ImportFile.MEETINGS, 3, "group_external_id", "formula", List.of("@")));
	}

	@Test
	void aCellStartingWithATabOrALineBreakIsRefusedAndSaidSoInWords() {
		assertThat(problems(GROUPS_HEADER + GOOD_GROUP,
				MEETINGS_HEADER + "G-1,2024-02-01,\"\t\",yes\nG-1,2024-02-02,\"\t5\",yes\nG-1,2024-02-03,\"\r\",yes\n"))
			.extracting(ImportProblem::line, ImportProblem::column, ImportProblem::code, ImportProblem::args)
			.containsExactly(tuple(2, "attended", "formula.hidden", List.of()),
					tuple(3, "attended", "formula.hidden", List.of()),
					tuple(4, "attended", "formula.hidden", List.of()));
	}

	@Test
	void aDateBefore1900IsRefusedAsATypo() {
		assertThat(problems(GROUPS_HEADER + GOOD_GROUP.replace("2024-01-09", "1024-01-09"), null))
			.extracting(ImportProblem::line, ImportProblem::column, ImportProblem::code, ImportProblem::args)
			.containsExactly(tuple(2, "pmp_end_date", "tooEarly", List.of("1024-01-09")));
		assertThat(check(GROUPS_HEADER + GOOD_GROUP.replace("2024-01-09", "1900-01-01"), null).ok()).isTrue();
	}

	@Test
	void emptyFilesAndFilesWithoutRows() {
		ImportProblems problems = new ImportProblems();
		assertThat(ImportSheet.text(ImportFile.GROUPS, new byte[0], problems)).isNull();
		assertThat(ImportSheet.text(ImportFile.MEETINGS, " \n\n".getBytes(StandardCharsets.UTF_8), problems)).isNull();
		assertThat(problems.list()).extracting(ImportProblem::file, ImportProblem::line, ImportProblem::code)
			.containsExactly(tuple(ImportFile.GROUPS, 0, "empty"), tuple(ImportFile.MEETINGS, 0, "empty"));
		assertThat(problems(GROUPS_HEADER + "\n", null)).extracting(ImportProblem::code).containsExactly("noRows");
	}

	@Test
	void aFileThatIsNotUtf8TextIsRefused() {
		ImportProblems problems = new ImportProblems();
		byte[] latin1 = (GROUPS_HEADER + GOOD_GROUP.replace("Riverside", "Café")).getBytes(StandardCharsets.ISO_8859_1);
		byte[] zip = { 0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00 };
		assertThat(ImportSheet.text(ImportFile.GROUPS, latin1, problems)).isNull();
		assertThat(ImportSheet.text(ImportFile.MEETINGS, zip, problems)).isNull();
		assertThat(problems.list()).extracting(ImportProblem::code).containsExactly("notUtf8", "notCsv");
		assertThat(ImportSheet.text(ImportFile.GROUPS, "\uFEFFa,b".getBytes(StandardCharsets.UTF_8), problems))
			.isEqualTo("a,b");
	}

	@Test
	void brokenQuotingIsReportedAtItsLine() {
		assertThat(problems(GROUPS_HEADER + GOOD_GROUP + "G-2,\"Unclosed,B17\n", null))
			.extracting(ImportProblem::line, ImportProblem::code)
			.containsExactly(tuple(3, "notCsv.line"));
	}

	@Test
	void unknownCodesAreNamedWithTheCodesThatWork() {
		assertThat(problems(GROUPS_HEADER + GOOD_GROUP.replace("monthly", "monthly-ish")
			.replace("WhatsApp;phone", "whatsapp;pigeon")
			.replace(",active,", ",asleep,"), MEETINGS_HEADER + "G-1,2024-02-01,5,maybe\n"))
			.extracting(ImportProblem::file, ImportProblem::column, ImportProblem::code, ImportProblem::args)
			.containsExactly(tuple(ImportFile.GROUPS, "status", "code", List.of("asleep", "active, folded")),
					tuple(ImportFile.GROUPS, "frequency", "code", List.of("monthly-ish",
							"weekly, fortnightly, monthly, every_6_to_8_weeks, every_2_to_3_months, not_decided")),
					tuple(ImportFile.GROUPS, "channels", "code",
							List.of("pigeon", "phone, text, whatsapp, email, facebook, other")),
					tuple(ImportFile.MEETINGS, "face_to_face", "yesNo", List.of("maybe")));
	}

	@Test
	void theLastContactCannotComeBeforeTheStartOrTheEndOfThePmp() {
		assertThat(problems(GROUPS_HEADER + GOOD_GROUP.replace(",,active", ",2024-01-15,active"), null))
			.extracting(ImportProblem::line, ImportProblem::column, ImportProblem::code)
			.containsExactly(tuple(2, "last_contact_on", "beforeStart"));
		assertThat(problems(
				GROUPS_HEADER + GOOD_GROUP.replace("2024-01-09,2024-01-16,,", "2024-03-09,2024-01-16,2024-02-01,"),
				null))
			.extracting(ImportProblem::code)
			.containsExactly("beforePmpEnd");
	}

	@Test
	void meetingsMustBeForAKnownGroupOncePerDayAndNotBeforeItStarted() {
		assertThat(problems(GROUPS_HEADER + GOOD_GROUP,
				MEETINGS_HEADER + "NOPE,2024-02-01,5,yes\nG-1,2024-02-01,5,yes\nG-1,2024-02-01,4,no\n"
						+ "OLD-1,2024-02-29,4,yes\nG-1,2024-03-01,0,yes\n"))
			.extracting(ImportProblem::line, ImportProblem::column, ImportProblem::code)
			.containsExactly(tuple(2, "group_external_id", "unknownGroup"), tuple(4, "date", "duplicateMeeting"),
					tuple(5, "date", "beforeGroupStart"), tuple(6, "attended", "number"));
	}

	@Test
	void meetingsOfAGroupWhoseRowIsWrongAreNotReportedAsUnknown() {
		assertThat(problems(GROUPS_HEADER + GOOD_GROUP.replace("2024-01-16", "soon"),
				MEETINGS_HEADER + "G-1,2024-02-01,5,yes\n"))
			.extracting(ImportProblem::file, ImportProblem::code)
			.containsExactly(tuple(ImportFile.GROUPS, "date"));
	}

	@Test
	void linesAreCountedFromTheHeaderWithBlankLinesAndQuotedCells() {
		assertThat(problems(GROUPS_HEADER + "\"G-1\",\"Riverside, the cafe group\",B17,2024-01-09,2024-01-16,,active,8,"
				+ "monthly,cafe,phone,\n\n" + GOOD_GROUP.replace("G-1", "G-2").replace(",8,", ",80,"), null))
			.extracting(ImportProblem::line, ImportProblem::column, ImportProblem::code)
			.containsExactly(tuple(4, "max_attending", "number"));
	}

	@Test
	void aLineWithTheWrongNumberOfCellsIsReported() {
		assertThat(problems(GROUPS_HEADER + GOOD_GROUP.replace(",B17,", ",B17,extra,"), null))
			.extracting(ImportProblem::line, ImportProblem::code, ImportProblem::args)
			.containsExactly(tuple(2, "cells", List.of(13, 12)));
	}

	@Test
	void requiredCellsAndTooLongCells() {
		assertThat(problems(GROUPS_HEADER + GOOD_GROUP.replace("Riverside", "").replace("B17", "B".repeat(61)), null))
			.extracting(ImportProblem::column, ImportProblem::code)
			.containsExactly(tuple("name", "required"), tuple("area", "tooLong"));
	}

	@Test
	void problemsReadWithWhereTheyAreAndOnlyTheFirstFiftyAreListed() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/system", "messages/groupimport");
		messages.setDefaultEncoding("UTF-8");
		MultipartProperties multipart = new MultipartProperties();
		multipart.setMaxFileSize(DataSize.ofMegabytes(5));
		ImportViews views = new ImportViews(messages, multipart);
		ImportCheck.Checked checked = check(GROUPS_HEADER + GOOD_GROUP.replace("2024-01-16", "2024-13-01"), null);
		assertThat(views.upload(checked.problems()).problems()).containsExactly(new ImportViews.ProblemLine(
				"#groups-field", "Groups file, line 2, column E (started_on): \"2024-13-01\" is not a date written as "
						+ "yyyy-mm-dd, such as 2024-03-31."));
		StringBuilder bad = new StringBuilder(GROUPS_HEADER);
		for (int i = 0; i < 60; i++) {
			bad.append(GOOD_GROUP.replace("G-1", "G-" + i).replace("monthly", "often"));
		}
		ImportViews.UploadPage page = views.upload(check(bad.toString(), null).problems());
		assertThat(page.problems()).hasSize(50);
		assertThat(page.moreProblems()).isEqualTo(10);
		assertThat(page.fileErrors())
			.isEqualTo(Map.of("groups", "This file has 60 problems. They are listed at the top of the page."));
	}

}
