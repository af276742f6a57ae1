package org.followon.summary;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.followon.account.Role;
import org.followon.summary.SummaryStatistics.SurvivalPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@SummaryWebTest
class SummaryControllerTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private static final SummaryPeriod H2_2015 = SummaryPeriod.half(2015, 2);

	private static final SummaryScope CLINICIANS = SummaryScope.of(List.of(4L), List.of(40L));

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private NetworkSummaryService service;

	@BeforeEach
	void summaries() {
		given(this.service.today()).willReturn(TODAY);
		given(this.service.scopeFor(any())).willAnswer((call) -> {
			var user = call.getArgument(0, org.followon.account.SignedInUser.class);
			if (user.has(Role.STAFF)) {
				return SummaryScope.all();
			}
			if (user.has(Role.CLINICIAN)) {
				return CLINICIANS;
			}
			throw new AccessDeniedException("no");
		});
		given(this.service.halves(any())).willReturn(SummaryPeriod.halves(LocalDate.of(2015, 3, 1), TODAY));
		given(this.service.summary(any(), any())).willAnswer((call) -> fixture(call.getArgument(1)));
	}

	/**
	 * A summary with a few figures, and a table label a spreadsheet would run as a
	 * formula.
	 */
	static NetworkSummary fixture(SummaryPeriod period) {
		Map<String, SummaryTable> tables = new LinkedHashMap<>();
		for (String name : NetworkSummary.TABLES) {
			tables.put(name, new SummaryTable(name, List.of("label", "groups"), List.of()));
		}
		tables.put("channels",
				new SummaryTable("channels", List.of("channel", "groups"),
						List.of(new SummaryTable.Row("ChannelChoice.EMAIL", List.of(3L)),
								new SummaryTable.Row("=HYPERLINK(\"http://evil.example\")", List.of(1L)))));
		tables.put("gender",
				new SummaryTable("gender",
						List.of("gender", "pmp_participants", "pmp_participants_percent", "group_members",
								"group_members_percent"),
						List.of(new SummaryTable.Row("Gender.MAN",
								Arrays.<Number>asList(3L, new BigDecimal("33.3"), 1L, null)))));
		List<SurvivalPoint> curve = List.of(new SurvivalPoint(0, 2, 1.0), new SurvivalPoint(1, 1, 0.5),
				new SurvivalPoint(2, 0, 0.0));
		return new NetworkSummary(period, null, true, new NetworkSummary.Reach(2, 2, 5, 3, 1, 1, 1),
				new NetworkSummary.Activity(1, 2, 1, 2, 5, 4.4, 5, new NetworkSummary.Retention(6, 3, 2),
						new NetworkSummary.Retention(12, 3, 1)),
				new NetworkSummary.Duration(2, 1, 17.25, 11.0, 1.0, 33.5, curve), new NetworkSummary.Topics(4, 2, 1, 1),
				3, tables);
	}

	@Test
	void anonymousPeopleAreSentToSignInAndMembersAndPtvsAreRefused() {
		assertThat(this.mvc.get().uri("/network/summary")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
		assertThat(this.mvc.get().uri("/network/summary").with(as(3, Role.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/network/summary.csv").with(as(3, Role.PTV))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void staffSeeTheLatestCompleteHalfYearOfTheWholeNetworkByDefault() {
		assertThat(this.mvc.get().uri("/network/summary").with(as(1, Role.STAFF))).hasStatusOk()
			.hasViewName("summary/summary")
			.bodyText()
			.contains("Network summary", "From 1 Jul 2025 to 31 Dec 2025", "This is the latest complete half-year",
					"January to June 2026 (so far)", "July to December 2015", "role=\"img\"",
					"id=\"chart-group_survival\"", "id=\"table-channels\"", "id=\"metric-groups_formed\"", "17.3",
					"/network/summary.csv?fromDay=1&amp;fromMonth=7&amp;fromYear=2025");
		verify(this.service).summary(SummaryScope.all(), SummaryPeriod.half(2025, 2));
	}

	@Test
	void cliniciansSeeTheirOwnPmpsAndGroups() {
		assertThat(this.mvc.get().uri("/network/summary?half=2015-2").with(as(9, Role.CLINICIAN))).hasStatusOk()
			.bodyText()
			.contains("Summary of your PMPs and their groups", "counts only the PMPs you facilitate",
					"From 1 Jul 2015 to 31 Dec 2015")
			.doesNotContain("latest complete half-year");
		verify(this.service).summary(CLINICIANS, H2_2015);
	}

	@Test
	void anyDatesMayBeChosen() {
		assertThat(this.mvc.get()
			.uri("/network/summary?fromDay=1&fromMonth=3&fromYear=2015&toDay=15&toMonth=4&toYear=2015")
			.with(as(1, Role.STAFF))).hasStatusOk().bodyText().contains("From 1 Mar 2015 to 15 Apr 2015");
		verify(this.service).summary(SummaryScope.all(),
				new SummaryPeriod(LocalDate.of(2015, 3, 1), LocalDate.of(2015, 4, 15)));
	}

	@Test
	void badDatesAreErrorsOnThePageNeverAServerError() {
		assertThat(this.mvc.get()
			.uri("/network/summary?fromDay=31&fromMonth=2&fromYear=2015&toDay=&toMonth=&toYear=")
			.with(as(1, Role.STAFF))).hasStatusOk()
			.bodyText()
			.contains("There is a problem", "href=\"#fromDay-field\"", "The start date must be a real date",
					"href=\"#toDay-field\"", "Enter the end date");
		assertThat(this.mvc.get()
			.uri("/network/summary?fromDay=1&fromMonth=7&fromYear=2015&toDay=30&toMonth=6&toYear=2015")
			.with(as(1, Role.STAFF))).hasStatusOk()
			.bodyText()
			.contains("The end date must be the same as or after the start date");
		assertThat(this.mvc.get().uri("/network/summary?half=2015-7").with(as(1, Role.STAFF))).hasStatusOk()
			.bodyText()
			.contains("href=\"#half-field\"", "Choose a half-year from the list");
		assertThat(this.mvc.get()
			.uri("/network/summary?fromDay=3&fromMonth=3&fromYear=2026&toDay=31&toMonth=12&toYear=2026")
			.with(as(1, Role.STAFF))).hasStatusOk()
			.bodyText()
			.contains("href=\"#fromDay-field\"", "The start date must be today or in the past");
		assertThat(this.mvc.get().uri("/network/summary?fromYear=99999999999").with(as(1, Role.STAFF))).hasStatusOk()
			.bodyText()
			.contains("The start date must be a real date");
		verify(this.service, never()).summary(any(), any());
	}

	@Test
	void theCsvHasOneMetricPerRow() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/network/summary.csv?half=2015-2")
			.with(as(1, Role.STAFF))
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"network-summary-2015-07-01-to-2015-12-31.csv\"");
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("""
				metric,value\r
				period_start,2015-07-01\r
				period_end,2015-12-31\r
				figures_as_of,2015-12-31\r
				pmps_finished,2\r
				""")
			.contains("groups_formed,1\r\n", "group_duration_months_mean,17.3\r\n",
					"group_duration_months_median,11\r\n", "pmps_leading_to_formed_group_percent,50\r\n",
					"attendance_per_meeting_mean,4.4\r\n", "members_attending_12_months_percent,33.3\r\n");
	}

	@Test
	void eachTableIsACsvWithEveryCellNeutralised() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/network/summary/tables/channels.csv?half=2015-2")
			.with(as(9, Role.CLINICIAN))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"network-summary-2015-07-01-to-2015-12-31-channels.csv\"");
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo("""
				channel,groups\r
				Email,3\r
				"'=HYPERLINK(""http://evil.example"")",1\r
				""");
		MvcTestResult gender = this.mvc.get()
			.uri("/network/summary/tables/gender.csv")
			.with(as(1, Role.STAFF))
			.exchange();
		assertThat(gender.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Man,3,33.3,1,\r\n");
		assertThat(this.mvc.get().uri("/network/summary/tables/secrets.csv").with(as(1, Role.STAFF)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void thePdfIsAPdf() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/network/summary.pdf?half=2015-2")
			.with(as(1, Role.STAFF))
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"network-summary-2015-07-01-to-2015-12-31.pdf\"");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Network summary", "From 1 Jul 2015 to 31 Dec 2015", "Reach", "Activity",
					"How long groups last", "17.3", "Fairness");
			assertThat(bluePixels(document)).as("the charts are drawn, in the NHS blue of their bars and lines")
				.isGreaterThan(200);
		}
	}

	/**
	 * How many pixels of the PDF's pages are close to the NHS blue (#005eb8), which only
	 * the charts use.
	 */
	private static int bluePixels(org.apache.pdfbox.pdmodel.PDDocument document) throws java.io.IOException {
		org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
		int blue = 0;
		for (int page = 0; page < document.getNumberOfPages(); page++) {
			java.awt.image.BufferedImage image = renderer.renderImageWithDPI(page, 36);
			for (int x = 0; x < image.getWidth(); x++) {
				for (int y = 0; y < image.getHeight(); y++) {
					int rgb = image.getRGB(x, y);
					int r = (rgb >> 16) & 0xff;
					int g = (rgb >> 8) & 0xff;
					int b = rgb & 0xff;
					blue += (r < 40 && Math.abs(g - 94) < 30 && Math.abs(b - 184) < 30) ? 1 : 0;
				}
			}
		}
		return blue;
	}

	@Test
	void anExportWithABadPeriodGoesBackToThePageThatSaysWhatIsWrong() {
		assertThat(this.mvc.get().uri("/network/summary.csv?half=nonsense").with(as(1, Role.STAFF)))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("http://localhost/network/summary?half=nonsense");
		verify(this.service, never()).summary(any(), any());
	}

}
