package org.followon.group;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.followon.IntegrationTest;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo coordinator shares her mobile with the demo group; when she withdraws it, it
 * is gone from what a fellow member sees on the next view: the page, the pack and the
 * pack's PDF.
 */
@IntegrationTest
@Transactional
class SharingIntegrationTests {

	/** The demo coordinator's mobile, shared with the demo group at its hand-over. */
	private static final String LINDAS_MOBILE = "07700 900010";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	private long groupId;

	private RequestPostProcessor linda;

	private RequestPostProcessor peter;

	@BeforeEach
	void demoGroup() {
		this.groupId = this.jdbc
			.queryForObject("select id from follow_on_group where name = 'Riverside Thursday group'", Long.class);
		this.linda = TestUsers.as(this.accounts.byEmail("coordinator@example.org").orElseThrow().id(), Role.MEMBER);
		this.peter = TestUsers.as(this.accounts.byEmail("member@example.org").orElseThrow().id(), Role.MEMBER);
		// As at the demo hand-over, whatever a browser test may have changed since
		// (rolled back after).
		this.jdbc.update(
				"update membership set share_mobile = true, share_email = true where group_id = ? and "
						+ "account_id = (select id from account where email = 'coordinator@example.org')",
				this.groupId);
	}

	private String seenByPeter(String path) throws Exception {
		return this.mvc.perform(get(path).with(this.peter)).andReturn().getResponse().getContentAsString();
	}

	private String pdfSeenByPeter() throws Exception {
		byte[] pdf = this.mvc.perform(get("/groups/" + this.groupId + "/pack.pdf").with(this.peter))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void thePrintedPackCarriesTheUrgentHelpAndWhatToDoIfSomeoneIsInCrisis() throws Exception {
		assertThat(pdfSeenByPeter().replaceAll("\\s+", " ")).contains("call 999", "NHS 111", "116 123",
				"If someone is in crisis", "let the pain service know");
	}

	private long lindasVersion() {
		return this.jdbc.queryForObject("select m.version from membership m join account a on a.id = m.account_id "
				+ "where a.email = 'coordinator@example.org' and m.group_id = ?", Long.class, this.groupId);
	}

	@Test
	void withdrawingConsentRemovesTheDetailEverywhereAtOnce() throws Exception {
		assertThat(seenByPeter("/groups/" + this.groupId)).contains(LINDAS_MOBILE);
		assertThat(pdfSeenByPeter()).contains(LINDAS_MOBILE);

		this.mvc
			.perform(post("/groups/" + this.groupId + "/sharing").with(this.linda)
				.with(csrf())
				.param("shareEmail", "true")
				.param("version", Long.toString(lindasVersion())))
			.andExpect(status().is3xxRedirection());

		assertThat(seenByPeter("/groups/" + this.groupId)).doesNotContain(LINDAS_MOBILE)
			.contains("coordinator@example.org");
		assertThat(seenByPeter("/groups/" + this.groupId + "/pack")).doesNotContain(LINDAS_MOBILE);
		assertThat(pdfSeenByPeter()).doesNotContain(LINDAS_MOBILE);
	}

	@Test
	void coordinatorsDescribeTheirGroupWithAnAreaButNeverAnAddress() throws Exception {
		long version = this.jdbc.queryForObject("select version from follow_on_group where id = ?", Long.class,
				this.groupId);
		String refused = this.mvc
			.perform(post("/groups/" + this.groupId + "/details").with(this.linda)
				.with(csrf())
				.param("name", "Riverside Thursday group")
				.param("area", "12 High Street, CF10 1AA")
				.param("frequency", "MONTHLY")
				.param("channel", "WHATSAPP")
				.param("version", Long.toString(version)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("not a full address");
		this.mvc
			.perform(post("/groups/" + this.groupId + "/details").with(this.linda)
				.with(csrf())
				.param("name", "Riverside Thursday group")
				.param("purpose", "A friendly catch-up and keeping up our pacing")
				.param("area", "cf10")
				.param("frequency", "MONTHLY")
				.param("channel", "WHATSAPP")
				.param("accessibility", "STEP_FREE", "QUIET")
				.param("openToNewMembers", "true")
				.param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(seenByPeter("/groups/" + this.groupId)).contains("A friendly catch-up", "CF10", "Step-free access",
				"Quiet");
		this.mvc.perform(get("/groups/" + this.groupId + "/details").with(this.peter))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyTheMemberChangesWhatTheyShareAndAStaleFormIsAClash() throws Exception {
		this.mvc.perform(get("/groups/" + this.groupId + "/sharing").with(this.peter)).andExpect(status().isOk());
		this.mvc
			.perform(get("/groups/" + this.groupId + "/sharing")
				.with(TestUsers.as(this.accounts.byEmail("staff@example.org").orElseThrow().id(), Role.STAFF)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/groups/" + this.groupId + "/sharing").with(this.linda)
				.with(csrf())
				.param("version", Long.toString(lindasVersion() + 1)))
			.andExpect(status().isConflict());
		assertThat(seenByPeter("/groups/" + this.groupId)).contains(LINDAS_MOBILE);
	}

}
