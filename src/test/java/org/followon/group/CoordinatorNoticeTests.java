package org.followon.group;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.followon.IntegrationTest;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A coordinator steps down naming a successor, or naming nobody: then the service's inbox is
 * told (GreenMail, a real SMTP server), with no member's details. Commits, so each test puts the
 * demo group's roles back as they were.
 */
@IntegrationTest
class CoordinatorNoticeTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	private long groupId;

	private RequestPostProcessor linda;

	@BeforeEach
	void noMailYet() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		demoRoles();
	}

	@AfterEach
	void demoRoles() {
		this.groupId = this.jdbc.queryForObject("select id from follow_on_group where name = 'Riverside Thursday group'",
				Long.class);
		this.linda = TestUsers.as(this.accounts.byEmail("coordinator@example.org").orElseThrow().id(), Role.MEMBER);
		this.jdbc.update("update membership m set role = case when a.email = 'coordinator@example.org' then "
				+ "'COORDINATOR' else 'MEMBER' end from account a where a.id = m.account_id and m.group_id = ?",
				this.groupId);
		this.jdbc.update("update membership set role = 'MEMBER' where account_id is null and group_id = ?", this.groupId);
		this.jdbc.update("delete from join_request where group_id = ?", this.groupId);
		this.jdbc.update("delete from membership where group_id = ? and account_id = "
				+ "(select id from account where email = 'ptv@example.org')", this.groupId);
		this.jdbc.update("update follow_on_group set open_to_new_members = false, closed_on = null, closed_reason = null, "
				+ "closed_note = null, closed_by = null where id = ?", this.groupId);
	}

	private String version(String email) {
		return Long.toString(this.jdbc.queryForObject("select m.version from membership m join account a on "
				+ "a.id = m.account_id where a.email = ? and m.group_id = ?", Long.class, email, this.groupId));
	}

	private long membershipOf(String email) {
		return this.jdbc.queryForObject("select m.id from membership m join account a on a.id = m.account_id "
				+ "where a.email = ? and m.group_id = ?", Long.class, email, this.groupId);
	}

	@Test
	void steppingDownNamingASuccessorHandsTheRoleOn() throws Exception {
		this.mvc
			.perform(post("/groups/" + this.groupId + "/step-down").with(this.linda)
				.with(csrf())
				.param("successorId", Long.toString(membershipOf("member@example.org")))
				.param("version", version("coordinator@example.org")))
			.andExpect(status().is3xxRedirection());
		String page = this.mvc.perform(get("/groups/" + this.groupId).with(this.linda))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Peter Hughes (Coordinator)").doesNotContain("This group needs a coordinator");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aCoordinatorClosingTheGroupTellsTheServiceWithoutPersonalDetails() throws Exception {
		long version = this.jdbc.queryForObject("select version from follow_on_group where id = ?", Long.class,
				this.groupId);
		this.mvc
			.perform(post("/groups/" + this.groupId + "/close").with(this.linda)
				.with(csrf())
				.param("reason", "TOO_FEW_MEMBERS")
				.param("note", "Only Linda and Peter still come")
				.param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		MimeMessage notice = smtp.getReceivedMessages()[0];
		assertThat(notice.getAllRecipients()[0].toString()).isEqualTo("pain-service@example.org");
		assertThat(notice.getSubject()).isEqualTo("A follow-on group has closed: Riverside Thursday group");
		assertThat(GreenMailUtil.getBody(notice)).contains("/groups/" + this.groupId)
			.doesNotContain("Linda", "Peter", "Only");
	}

	@Test
	void steppingDownNamingNobodyTellsTheServiceWithoutPersonalDetails() throws Exception {
		this.mvc
			.perform(post("/groups/" + this.groupId + "/step-down").with(this.linda)
				.with(csrf())
				.param("version", version("coordinator@example.org")))
			.andExpect(status().is3xxRedirection());
		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		MimeMessage notice = smtp.getReceivedMessages()[0];
		assertThat(notice.getAllRecipients()[0].toString()).isEqualTo("pain-service@example.org");
		assertThat(notice.getSubject()).contains("Riverside Thursday group");
		assertThat(GreenMailUtil.getBody(notice)).contains("/groups/" + this.groupId)
			.doesNotContain("Linda", "coordinator@example.org", "07700");
		assertThat(this.mvc.perform(get("/groups/" + this.groupId).with(this.linda))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("This group needs a coordinator");
	}

	@Test
	void someoneWhoAskedToJoinIsEmailedTheAnswer() throws Exception {
		this.jdbc.update("update follow_on_group set open_to_new_members = true where id = ?", this.groupId);
		RequestPostProcessor gwen = TestUsers.as(this.accounts.byEmail("ptv@example.org").orElseThrow().id(),
				Role.MEMBER);
		this.mvc.perform(post("/groups/" + this.groupId + "/ask").with(gwen).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long request = this.jdbc.queryForObject("select id from join_request where group_id = ?", Long.class,
				this.groupId);
		this.mvc
			.perform(post("/groups/" + this.groupId + "/requests/" + request + "/accept").with(this.linda)
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		MimeMessage answer = smtp.getReceivedMessages()[0];
		assertThat(answer.getAllRecipients()[0].toString()).isEqualTo("ptv@example.org");
		assertThat(answer.getSubject()).isEqualTo("You have joined Riverside Thursday group");
		assertThat(GreenMailUtil.getBody(answer)).contains("/groups/" + this.groupId, "116 123")
			.doesNotContain("Linda", "coordinator@example.org", "07700");
	}

	@Test
	void aMemberWhoIsNotACoordinatorCannotStepDown() throws Exception {
		RequestPostProcessor peter = TestUsers.as(this.accounts.byEmail("member@example.org").orElseThrow().id(),
				Role.MEMBER);
		this.mvc.perform(get("/groups/" + this.groupId + "/step-down").with(peter)).andExpect(status().isForbidden());
		this.mvc.perform(get("/groups/" + this.groupId + "/step-down").with(this.linda)).andExpect(status().isOk());
	}

}
