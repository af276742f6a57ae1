package org.followon.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff bring in the groups that met before the app: a wrong file first (each problem listed,
 * nothing imported), then the sample files from docs/samples, the preview, confirming, and the
 * imported groups. Every page is scanned by axe-core.
 */
class ImportJourneyBrowserTests extends BrowserTest {

	private static final Path GROUPS = Path.of("docs/samples/groups.csv").toAbsolutePath();

	private static final Path MEETINGS = Path.of("docs/samples/meetings.csv").toAbsolutePath();

	private void attach(String input, Path file) {
		driver.findElement(By.id(input)).sendKeys(file.toString());
	}

	@Test
	void staffImportTheSampleFilesAndSeeTheGroups() throws Exception {
		signIn("staff@example.org");
		go("/network/imports");
		assertThat(h1()).isEqualTo("Import groups that met before the app");

		Path wrong = Files.createDirectories(Path.of("target", "import-journey")).resolve("meetings.csv");
		Files.writeString(wrong, "group_external_id,date,attended,face_to_face\nNW-NONE,31/12/2025,4,yes\n");
		attach("meetings-field", wrong.toAbsolutePath());
		clickButton("Check the files");
		assertThat(errorSummaryLinks()).containsExactly(
				"#meetings-field Meetings file, line 2, column A (group_external_id): no group has the service id "
						+ "\"NW-NONE\", in the groups file or among the groups imported before.",
				"#meetings-field Meetings file, line 2, column B (date): "
						+ "\"31/12/2025\" is not a date written as yyyy-mm-dd, such as 2024-03-31.");
		assertThat(fieldError("meetings")).isEqualTo("This file has 2 problems. They are listed at the top of the page.");

		attach("groups-field", GROUPS);
		attach("meetings-field", MEETINGS);
		clickButton("Check the files");
		assertThat(h1()).isEqualTo("Check what the import will change");
		assertThat(driver.findElement(By.id("groups")).getText()).contains("Tuesday Walkers", "NW-2014-01",
				"Goal Getters", "Online Thursday Group");
		assertThat(driver.findElement(By.id("total-meetings-added")).getText()
				+ driver.findElement(By.id("total-meetings-updated")).getText()
				+ driver.findElement(By.id("total-new")).getText() + driver.findElement(By.id("total-unchanged")).getText())
			.as("the totals are shown")
			.isNotBlank();

		clickButton("Import these groups");
		assertThat(flash()).isEqualTo("The groups have been imported");
		assertThat(h1()).isEqualTo("Groups imported");
		assertThat(driver.findElement(By.id("groups")).getText()).contains("Goal Getters", "Closed");

		clickLink("Tuesday Walkers");
		assertThat(path()).matches("/groups/\\d+");
		assertThat(h1()).contains("Tuesday Walkers");
	}

}
