package org.followon.handover;

import org.followon.account.Role;
import org.followon.system.PdfDocuments;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

@HandoverWebTest
class InformationControllerTests {

	private static final byte[] PDF = "%PDF-1.4 test".getBytes();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PdfDocuments pdfs;

	@Test
	void anyoneCanReadThePatientSheetWithoutSigningIn() {
		assertThat(this.mvc.get().uri("/information/follow-on-groups")).hasStatusOk()
			.hasViewName("handover/follow-on-groups")
			.bodyText()
			.contains("<h1>About follow-on groups</h1>")
			.contains("No clinicians come to the meetings.")
			.contains("You do not have to give a reason.")
			.contains("Samaritans free on 116 123")
			.contains("href=\"/information/follow-on-groups.pdf\"");
	}

	@Test
	void thePatientSheetDownloadsAsAPdfRenderedOnce() {
		given(this.pdfs.render(eq("handover/follow-on-groups-pdf"), anyMap())).willReturn(PDF);
		for (int i = 0; i < 2; i++) {
			assertThat(this.mvc.get().uri("/information/follow-on-groups.pdf")).hasStatusOk()
				.hasContentType(MediaType.APPLICATION_PDF)
				.hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"follow-on-groups.pdf\"")
				.body()
				.isEqualTo(PDF);
		}
		verify(this.pdfs, times(1)).render(eq("handover/follow-on-groups-pdf"), anyMap());
	}

	@Test
	void facilitatorsReadTheGuide() {
		for (Role role : new Role[] { Role.CLINICIAN, Role.PTV, Role.STAFF }) {
			assertThat(this.mvc.get().uri("/information/facilitator-guide").with(as(1, role))).as("as %s", role)
				.hasStatusOk()
				.hasViewName("handover/facilitator-guide")
				.bodyText()
				.contains("Session 1 (third-last session): introduce the idea")
				.contains("Session 2 (second-last session): talk through the practicalities")
				.contains("Session 3 (final session): hand over to the group")
				.contains("Opting out is fine, and nobody has to give a reason")
				.contains("Watch the group dynamics");
		}
	}

	@Test
	void membersCannotReadTheGuide() {
		assertThat(this.mvc.get().uri("/information/facilitator-guide").with(as(3, Role.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anonymousPeopleAreSentToSignInForTheGuide() {
		assertThat(this.mvc.get().uri("/information/facilitator-guide")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
	}

}
