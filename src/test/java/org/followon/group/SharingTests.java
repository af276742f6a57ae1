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
 * The demo coordinator shares her mobile with the demo group; when she withdraws it, it is gone
 * from what a fellow member sees on the next view: the page, the pack and the pack's PDF.
 */
@IntegrationTest
@Transactional
class SharingTests {

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
		this.groupId = this.jdbc.queryForObject("select id from follow_on_group where name = 'Riverside Thursday group'",
				Long.class);
		this.linda = TestUsers.as(this.accounts.byEmail("coordinator@example.org").orElseThrow().id(), Role.MEMBER);
		this.peter = TestUsers.as(this.accounts.byEmail("member@example.org").orElseThrow().id(), Role.MEMBER);
		// As at the demo hand-over, whatever a browser test may have changed since (rolled back after).
		this.jdbc.update("update membership set share_mobile = true, share_email = true where group_id = ? and "
				+ "account_id = (select id from account where email = 'coordinator@example.org')", this.groupId);
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

	private long version(String email) {
		return this.jdbc.queryForObject("select m.version from membership m join account a on a.id = m.account_id "
				+ "where a.email = ? and m.group_id = ?", Long.class, email, this.groupId);
	}

	@Test
	void aMemberWhoLeavesLosesAccessAtOnceAndIsNoLongerListed() throws Exception {
		this.mvc
			.perform(post("/groups/" + this.groupId + "/leave").with(this.peter)
				.with(csrf())
				.param("reason", "TRAVEL_OR_TIME")
				.param("version", Long.toString(version("member@example.org"))))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/groups/" + this.groupId).with(this.peter)).andExpect(status().isForbidden());
		String seenByLinda = this.mvc.perform(get("/groups/" + this.groupId).with(this.linda))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(seenByLinda).doesNotContain("Peter Hughes", "member@example.org");
		assertThat(this.jdbc.queryForObject("select left_reason from membership m join account a on a.id = m.account_id "
				+ "where a.email = 'member@example.org' and m.group_id = ?", String.class, this.groupId))
			.isEqualTo("TRAVEL_OR_TIME");
	}

	@Test
	void whenTheLastCoordinatorLeavesTheGroupPageSaysItNeedsOne() throws Exception {
		assertThat(seenByPeter("/groups/" + this.groupId)).doesNotContain("This group needs a coordinator");
		this.mvc
			.perform(post("/groups/" + this.groupId + "/leave").with(this.linda)
				.with(csrf())
				.param("version", Long.toString(version("coordinator@example.org"))))
			.andExpect(status().is3xxRedirection());
		assertThat(seenByPeter("/groups/" + this.groupId)).contains("This group needs a coordinator")
			.doesNotContain(LINDAS_MOBILE);
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
		this.mvc.perform(get("/groups/" + this.groupId + "/details").with(this.peter)).andExpect(status().isForbidden());
	}

	@Test
	void theDirectoryListsOpenGroupsByAreaDayAndHowTheyMeetButNeverAddressesOrMembers() throws Exception {
		this.jdbc.update("update follow_on_group set open_to_new_members = true, area = 'Riverside', "
				+ "usual_day = 'THURSDAY', meets_online = false where id = ?", this.groupId);
		String all = seenByPeter("/directory");
		assertThat(all).contains("Riverside Thursday group", "usually on a Thursday")
			.doesNotContain("Riverside Leisure Centre cafe", "Linda Evans", LINDAS_MOBILE);
		assertThat(seenByPeter("/directory?area=river&day=THURSDAY&how=in-person")).contains("Riverside Thursday group");
		assertThat(seenByPeter("/directory?area=hillside")).doesNotContain("Riverside Thursday group");
		assertThat(seenByPeter("/directory?day=MONDAY")).doesNotContain("Riverside Thursday group");
		assertThat(seenByPeter("/directory?how=online")).doesNotContain("Riverside Thursday group");
		this.jdbc.update("update follow_on_group set open_to_new_members = false where id = ?", this.groupId);
		assertThat(seenByPeter("/directory")).doesNotContain("Riverside Thursday group");
		this.mvc.perform(get("/directory?day=NOT_A_DAY").with(this.peter)).andExpect(status().isNotFound());
	}

	@Test
	void askingToJoinAGroupThatIsNotOpenIsNotFound() throws Exception {
		this.jdbc.update("update follow_on_group set open_to_new_members = false where id = ?", this.groupId);
		this.mvc.perform(get("/groups/" + this.groupId + "/ask").with(this.peter)).andExpect(status().isNotFound());
		this.mvc.perform(post("/groups/" + this.groupId + "/ask").with(this.peter).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void someoneAsksToJoinAnOpenGroupAndItsCoordinatorAcceptsOrDeclines() throws Exception {
		RequestPostProcessor alice = TestUsers.as(this.accounts.byEmail("ptv@example.org").orElseThrow().id(),
				Role.MEMBER);
		RequestPostProcessor bob = TestUsers.as(this.accounts.byEmail("staff@example.org").orElseThrow().id(),
				Role.MEMBER);
		this.jdbc.update("update follow_on_group set open_to_new_members = true where id = ?", this.groupId);

		for (RequestPostProcessor who : new RequestPostProcessor[] { alice, bob }) {
			this.mvc
				.perform(post("/groups/" + this.groupId + "/ask").with(who).with(csrf()).param("message", "Hello"))
				.andExpect(status().is3xxRedirection());
		}
		String lindasView = this.mvc.perform(get("/groups/" + this.groupId).with(this.linda))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(lindasView).contains("Asking to join", "Gwen Roberts", "Mark Davies");
		assertThat(seenByPeter("/groups/" + this.groupId)).doesNotContain("Asking to join");

		long alicesRequest = this.jdbc.queryForObject("select r.id from join_request r join account a on "
				+ "a.id = r.account_id where a.email = 'ptv@example.org'", Long.class);
		long bobsRequest = this.jdbc.queryForObject("select r.id from join_request r join account a on "
				+ "a.id = r.account_id where a.email = 'staff@example.org'", Long.class);
		this.mvc
			.perform(post("/groups/" + this.groupId + "/requests/" + alicesRequest + "/accept").with(this.peter)
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/groups/" + this.groupId + "/requests/" + alicesRequest + "/accept").with(this.linda)
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/groups/" + this.groupId + "/requests/" + bobsRequest + "/decline").with(this.linda)
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.mvc.perform(get("/groups").with(alice)).andReturn().getResponse().getContentAsString())
			.contains("Riverside Thursday group: Accepted");
		assertThat(this.mvc.perform(get("/groups").with(bob)).andReturn().getResponse().getContentAsString())
			.contains("Riverside Thursday group: Declined");
		this.mvc.perform(get("/groups/" + this.groupId).with(alice)).andExpect(status().isOk());
		assertThat(seenByPeter("/groups/" + this.groupId)).contains("Gwen Roberts").doesNotContain("Mark Davies");
		this.mvc
			.perform(post("/groups/" + this.groupId + "/requests/" + bobsRequest + "/accept").with(this.linda)
				.with(csrf())
				.param("version", "1"))
			.andExpect(status().isConflict());
	}

	@Test
	void coordinatorsAddSomeoneWithoutTheAppAndRecordWhoHasStoppedComing() throws Exception {
		this.mvc.perform(get("/groups/" + this.groupId + "/members").with(this.peter)).andExpect(status().isForbidden());
		this.mvc.perform(post("/groups/" + this.groupId + "/members").with(this.linda).with(csrf()).param("knownAs", ""))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/groups/" + this.groupId + "/members").with(this.linda)
				.with(csrf())
				.param("knownAs", "Bert Lloyd"))
			.andExpect(status().is3xxRedirection());
		assertThat(seenByPeter("/groups/" + this.groupId)).contains("Bert Lloyd");

		long peters = this.jdbc.queryForObject("select m.id from membership m join account a on a.id = m.account_id "
				+ "where a.email = 'member@example.org' and m.group_id = ?", Long.class, this.groupId);
		this.mvc
			.perform(post("/groups/" + this.groupId + "/members/" + peters + "/lapsed").with(this.linda)
				.with(csrf())
				.param("reason", "HEALTH"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/groups/" + this.groupId).with(this.peter)).andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select lapsed from membership where id = ?", Boolean.class, peters)).isTrue();
		assertThat(this.jdbc.queryForObject("select left_reason from membership where id = ?", String.class, peters))
			.isEqualTo("HEALTH");
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
