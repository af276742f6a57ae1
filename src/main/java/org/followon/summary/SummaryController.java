package org.followon.summary;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.Valid;
import org.followon.account.SignedInUser;
import org.followon.system.NotFoundException;
import org.followon.system.PdfDocuments;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The network summary for a period (staff: the whole network; clinicians: their own PMPs
 * and their groups), as a page, a PDF for the network meeting, and CSV files.
 */
@Controller
class SummaryController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final NetworkSummaryService service;

	private final SummaryCsv csv;

	private final PdfDocuments pdfs;

	SummaryController(NetworkSummaryService service, SummaryCsv csv, PdfDocuments pdfs) {
		this.service = service;
		this.csv = csv;
		this.pdfs = pdfs;
	}

	@InitBinder("summaryPeriodForm")
	void summaryPeriodFormValidator(WebDataBinder binder) {
		binder.addValidators(new SummaryPeriodFormValidator(this.service.today()));
	}

	@GetMapping("/network/summary")
	String summary(@Valid @ModelAttribute("summaryPeriodForm") SummaryPeriodForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		SummaryScope scope = this.service.scopeFor(user);
		SummaryPeriod period = errors.hasErrors() ? null : form.period(this.service.today());
		model.addAttribute("halves", this.service.halves(scope));
		model.addAttribute("wholeNetwork", scope.wholeNetwork());
		model.addAttribute("today", this.service.today());
		if (period != null) {
			model.addAttribute("summary", this.service.summary(scope, period));
			model.addAttribute("defaultPeriod", !form.datesGiven() && form.half() == null);
			model.addAttribute("query", query(period));
			// The form shows the period on the page, whichever way it was chosen.
			model.addAttribute("summaryPeriodForm", SummaryPeriodForm.of(period));
		}
		return "summary/summary";
	}

	@GetMapping("/network/summary.pdf")
	ResponseEntity<byte[]> pdf(@Valid SummaryPeriodForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user) {
		return export(form, errors, user, ".pdf", MediaType.APPLICATION_PDF,
				(summary) -> this.pdfs.render("summary/pdf", Map.of("summary", summary)));
	}

	@GetMapping("/network/summary.csv")
	ResponseEntity<byte[]> metrics(@Valid SummaryPeriodForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user) {
		return export(form, errors, user, ".csv", CSV, (summary) -> bytes(this.csv.metrics(summary)));
	}

	@GetMapping("/network/summary/tables/{table}.csv")
	ResponseEntity<byte[]> table(@PathVariable String table, @Valid SummaryPeriodForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user) {
		if (!NetworkSummary.TABLES.contains(table)) {
			throw new NotFoundException("Summary table", table);
		}
		return export(form, errors, user, "-" + table.replace('_', '-') + ".csv", CSV,
				(summary) -> bytes(this.csv.table(summary.table(table))));
	}

	private ResponseEntity<byte[]> export(SummaryPeriodForm form, BindingResult errors, SignedInUser user,
			String fileEnding, MediaType type, Function<NetworkSummary, byte[]> body) {
		SummaryScope scope = this.service.scopeFor(user);
		SummaryPeriod period = errors.hasErrors() ? null : form.period(this.service.today());
		if (period == null) {
			// The page shows what is wrong with the period.
			return ResponseEntity.status(302)
				.location(ServletUriComponentsBuilder.fromCurrentRequest()
					.replacePath("/network/summary")
					.build()
					.toUri())
				.build();
		}
		byte[] content = body.apply(this.service.summary(scope, period));
		String name = "network-summary-" + period.from() + "-to-" + period.to() + fileEnding;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(content);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The period as the query string of the export links: the dates, which always work.
	 */
	private static String query(SummaryPeriod period) {
		SummaryPeriodForm f = SummaryPeriodForm.of(period);
		return "?fromDay=" + f.fromDay() + "&fromMonth=" + f.fromMonth() + "&fromYear=" + f.fromYear() + "&toDay="
				+ f.toDay() + "&toMonth=" + f.toMonth() + "&toYear=" + f.toYear();
	}

}
