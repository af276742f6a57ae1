package org.followon.handover;

import java.util.Map;

import org.followon.system.PdfDocuments;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The printable information sheets: one for patients (public, also as a PDF), one for
 * facilitators.
 */
@Controller
class InformationController {

	static final String PATIENT_SHEET_FILENAME = "follow-on-groups.pdf";

	private final PdfDocuments pdfs;

	/**
	 * The same for everyone and costly to render, on a page anyone can reach: rendered
	 * once.
	 */
	private volatile byte[] patientSheetPdf;

	InformationController(PdfDocuments pdfs) {
		this.pdfs = pdfs;
	}

	@GetMapping("/information/follow-on-groups")
	String patientSheet() {
		return "handover/follow-on-groups";
	}

	@GetMapping("/information/follow-on-groups.pdf")
	ResponseEntity<byte[]> patientSheetPdf() {
		byte[] pdf = this.patientSheetPdf;
		if (pdf == null) {
			pdf = this.pdfs.render("handover/follow-on-groups-pdf", Map.of());
			this.patientSheetPdf = pdf;
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(PATIENT_SHEET_FILENAME).build().toString())
			.body(pdf);
	}

	@GetMapping("/information/facilitator-guide")
	String facilitatorGuide() {
		return "handover/facilitator-guide";
	}

}
