package org.followon.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.LocalDate;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.followon.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real PDFs from real templates, read back with PDFBox: the text a person would see.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PdfDocumentsIntegrationTests {

	@Autowired
	private PdfDocuments pdfs;

	@Test
	void thePatientSheetSaysWhatMattersAndWhereToGetHelp() throws IOException {
		byte[] pdf = this.pdfs.render("handover/follow-on-groups-pdf", Map.of());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("About follow-on groups");
			assertThat(text(document)).contains("About follow-on groups",
					"The members run the group themselves. No clinicians come to the meetings.",
					"keep up goal setting, pacing and the other things they learned on the programme",
					"It is not a \"moaning shop\".", "Joining a group is up to you. It is free.",
					"It is fine to say no. You do not have to give a reason.",
					"We only share your contact details with the other members if you agree.",
					"you can share your email address but not your mobile number",
					"You can change your mind at any time.",
					"A patient tutor volunteer helps at the group's first three meetings.",
					"The group and this app are not an emergency service.", "call 999", "call NHS 111",
					"contact your GP surgery", "call Samaritans free on 116 123");
		}
	}

	@Test
	void rendersModelMessagesAndDatesButFetchesNothingAndLogsNothingOfTheDocument(CapturedOutput output)
			throws IOException {
		try (ServerSocket remote = new ServerSocket(0)) {
			remote.setSoTimeout(200);
			byte[] pdf = this.pdfs.render("system/pdf-probe", Map.of("name", "Zebedee Quill", "day",
					LocalDate.of(2027, 3, 15), "imageUrl", "http://localhost:" + remote.getLocalPort() + "/x.png"));
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(text(document)).contains("Zebedee Quill", "Follow-on groups", "15 March 2027");
			}
			assertThat(accepted(remote)).as("the renderer fetched the remote image").isFalse();
		}
		assertThat(output).doesNotContain("Zebedee");
	}

	private static String text(PDDocument document) throws IOException {
		// Lines wrap wherever the page ends them; compare sentences, not lines.
		return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
	}

	private static boolean accepted(ServerSocket socket) throws IOException {
		try {
			socket.accept().close();
			return true;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
	}

}
