package org.followon.groupimport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.followon.IntegrationTest;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.TestUsers;
import org.followon.group.GroupImports;
import org.followon.group.GroupStatus;
import org.followon.group.ImportedGroup;
import org.followon.group.ImportedMeeting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Importing groups on PostgreSQL, through the pages as staff would: each test's groups
 * have service ids of their own, so the shared database's other groups do not matter.
 */
@IntegrationTest
class GroupImportIntegrationTests {

	private static final String GROUPS_HEADER = String.join(",", ImportFile.GROUPS.header()) + "\n";

	private static final String MEETINGS_HEADER = String.join(",", ImportFile.MEETINGS.header()) + "\n";

	private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]{64})\"");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private GroupImports imports;

	@Autowired
	private PlatformTransactionManager transactions;

	private RequestPostProcessor staff;

	private long staffId;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	private final String prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";

	@BeforeEach
	void staff() {
		this.staffId = this.accounts.byEmail("staff@example.org").orElseThrow().id();
		this.staff = TestUsers.as(this.staffId, Role.STAFF);
	}

	private MvcTestResult upload(String groups, String meetings) {
		var request = this.mvc.post().uri("/network/imports").with(csrf()).with(this.staff).multipart();
		if (groups != null) {
			request.file(new MockMultipartFile("groups", "groups.csv", "text/csv", groups.getBytes()));
		}
		if (meetings != null) {
			request.file(new MockMultipartFile("meetings", "meetings.csv", "text/csv", meetings.getBytes()));
		}
		return request.exchange();
	}

	/** Uploads, reads the preview, confirms it; returns the preview's HTML. */
	private String importFiles(String groups, String meetings) throws Exception {
		MvcTestResult uploaded = upload(groups, meetings);
		assertThat(uploaded).hasStatus(HttpStatus.FOUND);
		String path = uploaded.getResponse().getRedirectedUrl();
		String preview = preview(path);
		assertThat(confirm(path, fingerprint(preview))).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(path);
		return preview;
	}

	private String preview(String path) throws Exception {
		MvcTestResult page = this.mvc.get().uri(path).with(this.staff).exchange();
		assertThat(page).hasStatusOk();
		return page.getResponse().getContentAsString();
	}

	private MvcTestResult confirm(String path, String fingerprint) {
		return this.mvc.post()
			.uri(path + "/confirm")
			.with(csrf())
			.with(this.staff)
			.param("fingerprint", fingerprint)
			.exchange();
	}

	private static String fingerprint(String preview) {
		Matcher matcher = FINGERPRINT.matcher(preview);
		assertThat(matcher.find()).as("a Confirm button on the preview").isTrue();
		return matcher.group(1);
	}

	private String group(String id, String name, String started, String lastContact, String status) {
		return this.prefix + id + "," + name + ",Testshire," + started + "," + started + "," + lastContact + ","
				+ status + ",8,monthly,cafe,whatsapp;phone,social;exercise\n";
	}

	private String meeting(String id, LocalDate on, int attended, String faceToFace) {
		return this.prefix + id + "," + on + "," + attended + "," + faceToFace + "\n";
	}

	private GroupImports.Current stored(String id) {
		return this.imports.current(List.of(this.prefix + id)).get(this.prefix + id);
	}

	@Test
	void importCreatesGroupsWithoutAPmpAndFoldedOnesAreClosed() throws Exception {
		LocalDate recent = this.today.minusDays(10);
		importFiles(
				GROUPS_HEADER + group("A", "Test walkers", "2020-01-07", "", "active")
						+ group("B", "Test knitters", "2019-01-08", "2021-03-01", "folded"),
				MEETINGS_HEADER + meeting("A", recent, 5, "yes") + meeting("A", LocalDate.of(2020, 2, 4), 4, "yes")
						+ meeting("B", LocalDate.of(2020, 6, 1), 3, "no"));
		var row = this.jdbc.queryForMap("""
				select pmp_id, name, area, channel, channels, purposes, created_by, imported_at, pmp_ended_on,
				       formed_on, last_met_on, max_attending from follow_on_group where external_id = ?""",
				this.prefix + "A");
		assertThat(row.get("pmp_id")).isNull();
		assertThat(row).containsEntry("name", "Test walkers")
			.containsEntry("area", "Testshire")
			.containsEntry("channel", "WHATSAPP")
			.containsEntry("channels", "WHATSAPP,PHONE")
			.containsEntry("purposes", "EXERCISE,SOCIAL")
			.containsEntry("created_by", this.staffId)
			.containsEntry("max_attending", 8);
		assertThat(row.get("imported_at")).isNotNull();
		assertThat(row.get("formed_on").toString()).isEqualTo("2020-02-04");
		assertThat(row.get("last_met_on").toString()).isEqualTo(recent.toString());
		assertThat(stored("A").status()).isEqualTo(GroupStatus.ACTIVE);
		assertThat(this.jdbc.queryForObject("select attended from held_meeting where source_key = ?", Integer.class,
				"import:" + this.prefix + "A:" + recent))
			.isEqualTo(5);
		var folded = this.jdbc.queryForMap("select closed_on, closed_reason from follow_on_group where external_id = ?",
				this.prefix + "B");
		assertThat(folded).containsEntry("closed_reason", "IMPORTED_AS_FOLDED");
		assertThat(folded.get("closed_on").toString()).isEqualTo("2021-03-01");
		assertThat(stored("B").status()).isEqualTo(GroupStatus.FOLDED);
	}

	@Test
	void importingAgainUpdatesByServiceIdAndNeverDuplicates() throws Exception {
		String meetings = MEETINGS_HEADER + meeting("C", LocalDate.of(2022, 5, 3), 4, "yes");
		importFiles(GROUPS_HEADER + group("C", "Test painters", "2022-01-04", "", "active"), meetings);
		long id = stored("C").id();
		String preview = importFiles(
				GROUPS_HEADER + group("C", "Test painters and potters", "2022-01-04", "2022-09-01", "active"),
				meetings.replace(",4,", ",6,") + meeting("C", LocalDate.of(2022, 6, 7), 5, "no"));
		assertThat(preview).contains("name: Test painters → Test painters and potters")
			.contains("last_contact_on: (empty) → 2022-09-01")
			.contains("1 to add, 1 to update");
		assertThat(stored("C").id()).isEqualTo(id);
		assertThat(stored("C").group().name()).isEqualTo("Test painters and potters");
		assertThat(this.jdbc.queryForObject("select count(*) from follow_on_group where external_id = ?", Long.class,
				this.prefix + "C"))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForList("select attended from held_meeting where group_id = ? order by held_on",
				Integer.class, id))
			.containsExactly(6, 5);
		// The same files a third time change nothing, and the preview says so.
		String again = importFiles(
				GROUPS_HEADER + group("C", "Test painters and potters", "2022-01-04", "2022-09-01", "active"),
				meetings.replace(",4,", ",6,") + meeting("C", LocalDate.of(2022, 6, 7), 5, "no"));
		assertThat(again).contains("No change to the group").contains("The same files were imported on");
		assertThat(this.jdbc.queryForObject("select count(*) from held_meeting where group_id = ?", Long.class, id))
			.isEqualTo(2);
	}

	@Test
	void aMeetingsFileAloneAddsToGroupsImportedBefore() throws Exception {
		importFiles(GROUPS_HEADER + group("D", "Test singers", "2023-01-03", "", "active"), null);
		importFiles(null, MEETINGS_HEADER + meeting("D", LocalDate.of(2023, 2, 7), 3, "yes"));
		assertThat(this.jdbc.queryForObject("select formed_on from follow_on_group where external_id = ?",
				LocalDate.class, this.prefix + "D"))
			.isEqualTo(LocalDate.of(2023, 2, 7));
	}

	@Test
	void nothingIsStoredWhenAnyRowIsWrong() throws Exception {
		long uploads = this.jdbc.queryForObject("select count(*) from group_import", Long.class);
		MvcTestResult result = upload(
				GROUPS_HEADER + group("E", "Test ok", "2023-01-03", "", "active")
						+ group("F", "=HYPERLINK(\"http://evil.example\")", "2023-01-03", "", "active"),
				MEETINGS_HEADER + meeting("E", LocalDate.of(2023, 2, 7), 3, "sometimes"));
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentAsString())
			.contains("Groups file, line 3, column B (name): starts with &quot;=&quot;")
			.contains("Meetings file, line 2, column D (face_to_face)");
		assertThat(this.jdbc.queryForObject("select count(*) from group_import", Long.class)).isEqualTo(uploads);
		assertThat(this.jdbc.queryForObject("select count(*) from follow_on_group where external_id like ?", Long.class,
				this.prefix + "%"))
			.isZero();
	}

	@Test
	void anUploadWithNoFilesOrAnEmptyFileIsSentBack() throws Exception {
		assertThat(upload(null, null)).hasStatusOk()
			.bodyText()
			.contains("Choose a groups file, a meetings file, or both");
		assertThat(upload("", null)).hasStatusOk().bodyText().contains("Groups file: the file is empty");
	}

	@Test
	void aPreviewOvertakenByAnotherImportGivesTheClashPage() throws Exception {
		String groups = GROUPS_HEADER + group("G", "Test readers", "2023-01-03", "", "active");
		MvcTestResult first = upload(groups, null);
		String firstPath = first.getResponse().getRedirectedUrl();
		String firstFingerprint = fingerprint(preview(firstPath));
		importFiles(groups.replace("Test readers", "Test book club"), null);
		assertThat(confirm(firstPath, firstFingerprint)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else changed this at the same time");
		assertThat(stored("G").group().name()).isEqualTo("Test book club");
		// Its page now shows what it would do, and can be confirmed; a second confirm is
		// a clash too.
		String now = preview(firstPath);
		assertThat(now).contains("name: Test book club → Test readers");
		assertThat(confirm(firstPath, fingerprint(now))).hasStatus(HttpStatus.FOUND);
		assertThat(confirm(firstPath, fingerprint(now))).hasStatus(HttpStatus.CONFLICT);
		assertThat(stored("G").group().name()).isEqualTo("Test readers");
	}

	@Test
	void theSampleFilesImportCleanlyAndAgainWithoutDuplicates() throws Exception {
		String groups = Files.readString(Path.of("docs/samples/groups.csv"));
		String meetings = Files.readString(Path.of("docs/samples/meetings.csv"));
		importFiles(groups, meetings);
		importFiles(groups, meetings);
		assertThat(this.jdbc.queryForObject("select count(*) from follow_on_group where external_id like 'NW-%'",
				Long.class))
			.isEqualTo(5);
		assertThat(this.jdbc.queryForObject("select count(*) from held_meeting where source_key like 'import:NW-%'",
				Long.class))
			.isEqualTo(12);
		assertThat(this.imports.current(List.of("NW-2018-03")).get("NW-2018-03").status())
			.isEqualTo(GroupStatus.FOLDED);
	}

	/**
	 * Not a timed test: shows that a network-sized import is one batch, not a query per
	 * meeting.
	 */
	@Test
	void aThousandGroupsWithAHundredThousandMeetingsImportInOneGo() {
		List<ImportedGroup> groups = new ArrayList<>();
		List<ImportedMeeting> meetings = new ArrayList<>();
		for (int g = 0; g < 1000; g++) {
			String id = this.prefix + "big-" + g;
			groups.add(new ImportedGroup(id, "Big " + g, "Bigshire", LocalDate.of(2015, 1, 6),
					LocalDate.of(2015, 1, 13), null, g % 10 == 0, 9, org.followon.group.Frequency.FORTNIGHTLY, null,
					List.of(org.followon.group.Channel.EMAIL), java.util.Set.of()));
			for (int m = 0; m < 100; m++) {
				meetings
					.add(new ImportedMeeting(id, LocalDate.of(2015, 2, 3).plusWeeks(2L * m), 3 + m % 5, m % 4 != 0));
			}
		}
		TransactionTemplate rolledBack = new TransactionTemplate(this.transactions);
		long started = System.nanoTime();
		rolledBack.executeWithoutResult((status) -> {
			assertThat(this.imports.apply(groups, meetings, this.staffId)).hasSize(1000);
			assertThat(this.jdbc.queryForObject("select count(*) from held_meeting where source_key like ?", Long.class,
					"import:" + this.prefix + "big-%"))
				.isEqualTo(100_000);
			status.setRollbackOnly();
		});
		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		System.out.println("Imported 1,000 groups and 100,000 meetings in " + seconds + " s");
		assertThat(seconds).isLessThan(120);
	}

}
