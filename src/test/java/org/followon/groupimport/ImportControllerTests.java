package org.followon.groupimport;

import java.time.LocalDate;
import java.util.List;

import org.followon.account.Role;
import org.followon.group.GroupStatus;
import org.followon.system.EditClashException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@GroupImportWebTest
class ImportControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private GroupImportService service;

	private static final GroupImportService.Upload WAITING = new GroupImportService.Upload(7, "groups.csv", null, false,
			null, null, null);

	@Test
	void anonymousPeopleAreSentToSignInAndOthersAreRefused() {
		assertThat(this.mvc.get().uri("/network/imports")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
		assertThat(this.mvc.get().uri("/network/imports").with(as(3, Role.CLINICIAN))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/network/imports/7/confirm").with(csrf()).with(as(3, Role.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(this.service);
	}

	@Test
	void staffSeeTheUploadFormWithTwoFileInputs() {
		assertThat(this.mvc.get().uri("/network/imports").with(as(5, Role.STAFF))).hasStatusOk()
			.hasViewName("groupimport/upload")
			.bodyText()
			.contains("id=\"groups-field\"", "id=\"meetings-field\"", "enctype=\"multipart/form-data\"",
					"external_id,name,area,pmp_end_date");
	}

	/** Uploads a groups file whose check (mocked) found these problems. */
	private MvcTestResult uploadFinding(ImportProblems problems) {
		given(this.service.upload(any(), any(), any())).willReturn(new GroupImportService.Uploaded(null, problems));
		return this.mvc.post()
			.uri("/network/imports")
			.multipart()
			.file(new MockMultipartFile("groups", "groups.csv", "text/csv", "x".getBytes()))
			.with(csrf())
			.with(as(5, Role.STAFF))
			.exchange();
	}

	@Test
	void problemsAreListedAndNothingIsKept() {
		ImportProblems problems = new ImportProblems();
		problems.addInCell(ImportFile.GROUPS, 3, "started_on", 4, "date", "soon");
		assertThat(uploadFinding(problems)).hasStatusOk()
			.hasViewName("groupimport/upload")
			.bodyText()
			.contains("Groups file, line 3, column E (started_on): &quot;soon&quot; is not a date",
					"href=\"#groups-field\"", "id=\"groups-error\"", "This file has 1 problem.");
	}

	@Test
	void twoProblemsInAFileAreCountedInThePlural() {
		ImportProblems problems = new ImportProblems();
		problems.addInCell(ImportFile.GROUPS, 3, "started_on", 4, "date", "soon");
		problems.addInCell(ImportFile.GROUPS, 4, "started_on", 4, "tooEarly", "1024-01-09");
		assertThat(uploadFinding(problems)).hasStatusOk()
			.bodyText()
			.contains("This file has 2 problems.", "1024-01-09 is before 1900");
	}

	@Test
	void aGoodUploadLeadsToItsPreview() {
		given(this.service.upload(any(), any(), any()))
			.willReturn(new GroupImportService.Uploaded(7L, new ImportProblems()));
		assertThat(this.mvc.post()
			.uri("/network/imports")
			.multipart()
			.file(new MockMultipartFile("groups", "groups.csv", "text/csv", "x".getBytes()))
			.with(csrf())
			.with(as(5, Role.STAFF))).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/network/imports/7");
	}

	@Test
	void thePreviewShowsWhatChangesAndConfirmsWithItsFingerprint() {
		ImportPlan plan = ImportPlan.of("hash",
				List.of(new ImportPlan.GroupLine("G-1", "Riverside", 12L, ImportPlan.Change.UPDATED,
						List.of(new ImportPlan.FieldChange("name", "River", "Riverside")), 3, 1, 0,
						GroupStatus.DORMANT)));
		given(this.service.page(eq(7L), any()))
			.willReturn(new GroupImportService.ImportPage(WAITING, plan, new ImportProblems(), null, List.of()));
		assertThat(this.mvc.get().uri("/network/imports/7").with(as(5, Role.STAFF))).hasStatusOk()
			.hasViewName("groupimport/preview")
			.bodyText()
			.contains("name: River → Riverside", "3 to add, 1 to update", "Not meeting", plan.fingerprint(),
					"will show as not meeting");
		assertThat(this.mvc.post()
			.uri("/network/imports/7/confirm")
			.with(csrf())
			.with(as(5, Role.STAFF))
			.param("fingerprint", plan.fingerprint())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/network/imports/7")
			.flash()
			.containsEntry("flash", "import.done");
		verify(this.service).confirm(eq(7L), eq(plan.fingerprint()), any());
	}

	/** Every link in the page's error summary goes to an element on the same page. */
	private static void everyProblemLinksToSomethingOnThePage(String page) {
		java.util.regex.Matcher links = java.util.regex.Pattern
			.compile("nhsuk-error-summary__list\">(.*?)</ul>", java.util.regex.Pattern.DOTALL)
			.matcher(page);
		assertThat(links.find()).as("an error summary").isTrue();
		java.util.regex.Matcher href = java.util.regex.Pattern.compile("href=\"#([^\"]+)\"").matcher(links.group(1));
		int found = 0;
		while (href.find()) {
			found++;
			assertThat(page).as("a link to #" + href.group(1)).contains("id=\"" + href.group(1) + "\"");
		}
		assertThat(found).isPositive();
	}

	@Test
	void problemsFoundWhenThePreviewIsShownLinkToUploadingAgain() throws Exception {
		ImportProblems problems = new ImportProblems();
		problems.addInCell(ImportFile.MEETINGS, 5, "group_external_id", 0, "date", "soon");
		given(this.service.page(eq(7L), any()))
			.willReturn(new GroupImportService.ImportPage(WAITING, null, problems, null, List.of()));
		String page = this.mvc.get()
			.uri("/network/imports/7")
			.with(as(5, Role.STAFF))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("href=\"#upload-again\"");
		everyProblemLinksToSomethingOnThePage(page);
	}

	@Test
	void problemsOnTheUploadPageLinkToTheirFilesInput() throws Exception {
		ImportProblems problems = new ImportProblems();
		problems.addInCell(ImportFile.GROUPS, 3, "started_on", 4, "date", "soon");
		problems.addInCell(ImportFile.MEETINGS, 2, "date", 1, "date", "later");
		everyProblemLinksToSomethingOnThePage(
				uploadFinding(problems).getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void aConfirmOvertakenByAnotherImportGetsTheClashPage() {
		willThrow(new EditClashException("/network/imports/7")).given(this.service).confirm(anyLong(), any(), any());
		assertThat(this.mvc.post().uri("/network/imports/7/confirm").with(csrf()).with(as(5, Role.STAFF)))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("/network/imports/7");
	}

	@Test
	void theResultListsTheGroupsWithLinks() {
		var done = new GroupImportService.Upload(7, "groups.csv", null, true, 1, 0, 4);
		var group = new org.followon.group.GroupImports.Current(12,
				new org.followon.group.ImportedGroup("G-1", "Riverside", null, LocalDate.of(2020, 1, 1),
						LocalDate.of(2020, 1, 1), null, false, null, org.followon.group.Frequency.MONTHLY, null,
						List.of(org.followon.group.Channel.EMAIL), java.util.Set.of()),
				GroupStatus.ACTIVE);
		given(this.service.page(eq(7L), any()))
			.willReturn(new GroupImportService.ImportPage(done, null, null, null, List.of(group)));
		assertThat(this.mvc.get().uri("/network/imports/7").with(as(5, Role.STAFF))).hasStatusOk()
			.hasViewName("groupimport/result")
			.bodyText()
			.contains("1 group added, none updated, 4 meetings recorded.", "href=\"/groups/12\"");
	}

}
