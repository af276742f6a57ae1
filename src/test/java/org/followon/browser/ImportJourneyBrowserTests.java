package org.followon.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff bring in the groups that met before the app: a wrong file first (each problem
 * listed, nothing imported), then the sample files from docs/samples, the preview,
 * confirming, and the imported groups; then the network summary over the years since the
 * oldest imported group began, which counts them, and its PDF and CSV downloads. Every
 * page is scanned by axe-core.
 */
class ImportJourneyBrowserTests extends AbstractBrowserTests {

	private static final Path GROUPS = Path.of("docs/samples/groups.csv").toAbsolutePath();

	private static final Path MEETINGS = Path.of("docs/samples/meetings.csv").toAbsolutePath();

	private void attach(String input, Path file) {
		driver.findElement(By.id(input)).sendKeys(file.toString());
	}

	/**
	 * Fetches what a download link points at, with the browser's session, as the browser
	 * would save it (headless Chromium shows no download to look at).
	 */
	private HttpResponse<byte[]> download(WebElement link) throws IOException, InterruptedException {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map((c) -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest request = HttpRequest.newBuilder(URI.create(link.getDomProperty("href")))
			.header("Cookie", cookies)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void staffImportTheSampleFilesSeeTheGroupsAndDownloadTheSummary() throws Exception {
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
		assertThat(fieldError("meetings"))
			.isEqualTo("This file has 2 problems. They are listed at the top of the page.");

		attach("groups-field", GROUPS);
		attach("meetings-field", MEETINGS);
		clickButton("Check the files");
		assertThat(h1()).isEqualTo("Check what the import will change");
		assertThat(driver.findElement(By.id("groups")).getText()).contains("Tuesday Walkers", "NW-2014-01",
				"Goal Getters", "Online Thursday Group");
		assertThat(driver.findElement(By.id("total-meetings-added")).getText()
				+ driver.findElement(By.id("total-meetings-updated")).getText()
				+ driver.findElement(By.id("total-new")).getText()
				+ driver.findElement(By.id("total-unchanged")).getText())
			.as("the totals are shown")
			.isNotBlank();

		clickButton("Import these groups");
		assertThat(flash()).isEqualTo("The groups have been imported");
		assertThat(h1()).isEqualTo("Groups imported");
		assertThat(driver.findElement(By.id("groups")).getText()).contains("Goal Getters", "Closed");

		clickLink("Tuesday Walkers");
		assertThat(path()).matches("/groups/\\d+");
		assertThat(h1()).contains("Tuesday Walkers");

		// The summary from the oldest imported group's PMP to today counts the imported
		// groups.
		clickLink("Network");
		clickLink("Network summary");
		assertThat(h1()).isEqualTo("Network summary");
		WebElement chooser = driver.findElement(By.id("choose-period"));
		if (chooser.getDomAttribute("open") == null) {
			chooser.findElement(By.tagName("summary")).click();
		}
		fill("fromDay-field", "1");
		fill("fromMonth-field", "1");
		fill("fromYear-field", "2014");
		fill("toDay-field", "21");
		fill("toMonth-field", "11");
		fill("toYear-field", "2026");
		clickButton("Show these dates");
		assertThat(driver.findElement(By.id("period")).getText()).isEqualTo("From 1 Jan 2014 to 21 Nov 2026");

		HttpResponse<byte[]> pdf = download(driver.findElement(By.id("export-pdf")));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(d) -> assertThat(d).contains("attachment", "network-summary-2014-01-01-to-2026-11-21.pdf"));
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		HttpResponse<byte[]> csv = download(driver.findElement(By.id("export-csv")));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/csv"));
		String[] lines = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n");
		assertThat(lines[0]).isEqualTo("metric,value");
		Map<String, String> metrics = Arrays.stream(lines)
			.skip(1)
			.map((line) -> line.split(",", 2))
			.collect(Collectors.toMap((cells) -> cells[0], (cells) -> cells[1]));
		assertThat(metrics).containsEntry("period_start", "2014-01-01").containsEntry("period_end", "2026-11-21");
		assertThat(Double.parseDouble(metrics.get("group_duration_months_max")))
			.as("Tuesday Walkers: PMP ended 18 March 2014, last met 10 November 2026")
			.isGreaterThanOrEqualTo(151.0);
		assertThat(Integer.parseInt(metrics.get("groups_folded"))).as("Goal Getters").isPositive();
	}

}
