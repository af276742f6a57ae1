package org.followon.group;

import java.time.LocalDate;
import java.util.List;

import org.followon.IntegrationTest;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.TestUsers;
import org.followon.programme.Programmes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A group's status follows the meetings recorded for it, on PostgreSQL: forming until
 * three PMP participants meet face to face after the PMP, the supporting PTV stepping
 * back after the third meeting, closing and reopening by a coordinator or staff, and the
 * member's home page.
 */
@IntegrationTest
class GroupStatusIntegrationTests {

	@Autowired
	private Groups groups;

	@Autowired
	private Programmes programmes;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	private long pmpId;

	private LocalDate pmpEnded;

	private long groupId;

	private long coordinatorId;

	private long memberId;

	private long ptvId;

	private static int made;

	@BeforeEach
	void aNewGroupFromTheFinishedDemoPmp() {
		this.pmpId = this.jdbc.queryForObject("select id from pmp where name = 'PMP Spring – Riverside'", Long.class);
		this.pmpEnded = this.programmes.pmp(this.pmpId).lastSession();
		this.ptvId = this.accounts.byEmail("ptv@example.org").orElseThrow().id();
		long staff = this.accounts.byEmail("staff@example.org").orElseThrow().id();
		String name = "Status test group " + (++made) + " " + System.nanoTime();
		this.groupId = this.groups
			.form(new NewGroup(name, this.pmpId, Frequency.MONTHLY, null, Channel.EMAIL, null, null, null, null,
					this.ptvId, staff, List.of()))
			.groupId();
		this.coordinatorId = member(name, "COORDINATOR");
		this.memberId = member(name, "MEMBER");
	}

	private long member(String groupName, String role) {
		String email = role.toLowerCase() + "-" + System.nanoTime() + "@example.test";
		Long account = this.jdbc.queryForObject("""
				insert into account (email, display_name, password_hash, created_at)
				values (?, ?, '{noop}not-used', now()) returning id""", Long.class, email, role + " of " + groupName);
		this.jdbc.update("insert into account_role (account_id, role) values (?, 'MEMBER')", account);
		this.jdbc.update("""
				insert into membership (group_id, account_id, known_as, role, joined_on)
				values (?, ?, ?, ?, current_date)""", this.groupId, account, role + " " + account, role);
		return account;
	}

	private GroupSummary summary() {
		return this.groups.all().stream().filter((g) -> g.id() == this.groupId).findFirst().orElseThrow();
	}

	private RequestPostProcessor as(long accountId, Role role) {
		return TestUsers.as(accountId, role);
	}

	private long version() {
		return this.jdbc.queryForObject("select version from follow_on_group where id = ?", Long.class, this.groupId);
	}

	@Test
	void formingUntilThreePmpParticipantsMeetFaceToFaceThenActive() {
		assertThat(summary().status()).isEqualTo(GroupStatus.FORMING);
		assertThat(summary().statusSince()).isEqualTo(LocalDate.now());

		LocalDate first = this.pmpEnded.plusDays(1);
		this.groups.meetingHeld(this.groupId, "test:" + this.groupId + ":1", first, true, 4, 2);
		assertThat(summary().status()).as("two PMP participants do not make a group").isEqualTo(GroupStatus.FORMING);
		assertThat(summary().lastMetOn()).isEqualTo(first);

		// The log is corrected: three came. The same key replaces the meeting rather than
		// adding one.
		this.groups.meetingHeld(this.groupId, "test:" + this.groupId + ":1", first, true, 4, 3);
		assertThat(summary().status()).isEqualTo(GroupStatus.ACTIVE);
		assertThat(summary().statusSince()).isEqualTo(first);
		assertThat(summary().formedOn()).isEqualTo(first);
		assertThat(this.jdbc.queryForObject("select count(*) from held_meeting where group_id = ?", Integer.class,
				this.groupId))
			.isEqualTo(1);

		this.groups.meetingNotHeld("test:" + this.groupId + ":1");
		assertThat(summary().status()).as("the meeting was withdrawn").isEqualTo(GroupStatus.FORMING);
		assertThat(summary().formedOn()).isNull();
	}

	@Test
	void theSupportingPtvSeesTheGroupUntilItsThirdMeeting() throws Exception {
		String page = "/groups/" + this.groupId;
		this.mvc.perform(get(page).with(as(this.ptvId, Role.PTV))).andExpect(status().isOk());
		this.groups.meetingHeld(this.groupId, "test:" + this.groupId + ":a", this.pmpEnded.plusDays(1), true, 4, 3);
		this.groups.meetingHeld(this.groupId, "test:" + this.groupId + ":b", this.pmpEnded.plusDays(2), true, 4, 3);
		this.mvc.perform(get(page).with(as(this.ptvId, Role.PTV))).andExpect(status().isOk());
		this.groups.meetingHeld(this.groupId, "test:" + this.groupId + ":c", this.pmpEnded.plusDays(3), false, 4, 3);
		this.mvc.perform(get(page).with(as(this.ptvId, Role.PTV))).andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select ptv_stepped_back_on from follow_on_group where id = ?",
				LocalDate.class, this.groupId))
			.isEqualTo(this.pmpEnded.plusDays(3));
		// The PMP's clinician keeps sight of the cohort's group.
		long clinician = this.accounts.byEmail("clinician@example.org").orElseThrow().id();
		this.mvc.perform(get(page).with(as(clinician, Role.CLINICIAN))).andExpect(status().isOk());
	}

	@Test
	void theSupportingPtvCanStepBackSooner() throws Exception {
		String page = "/groups/" + this.groupId;
		assertThat(this.mvc.perform(get(page).with(as(this.ptvId, Role.PTV)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Step back from this group");
		this.mvc
			.perform(post(page + "/step-back").with(csrf())
				.with(as(this.memberId, Role.MEMBER))
				.param("version", Long.toString(version())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(page + "/step-back").with(csrf())
				.with(as(this.ptvId, Role.PTV))
				.param("version", Long.toString(version())))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(page).with(as(this.ptvId, Role.PTV))).andExpect(status().isForbidden());
	}

	@Test
	void aCoordinatorClosesTheGroupWithAReasonAndStaffReopenIt() throws Exception {
		String close = "/groups/" + this.groupId + "/close";
		this.jdbc.update("update follow_on_group set open_to_new_members = true where id = ?", this.groupId);
		assertThat(this.mvc.perform(get("/directory").with(as(this.memberId, Role.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(summary().name());

		this.mvc.perform(get(close).with(as(this.memberId, Role.MEMBER))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(close).with(csrf())
				.with(as(this.memberId, Role.MEMBER))
				.param("reason", "STOPPED_MEETING")
				.param("version", Long.toString(version())))
			.andExpect(status().isForbidden());

		MvcResult noReason = this.mvc
			.perform(post(close).with(csrf())
				.with(as(this.coordinatorId, Role.MEMBER))
				.param("note", "x".repeat(501))
				.param("version", Long.toString(version())))
			.andReturn();
		assertThat(noReason.getResponse().getStatus()).isEqualTo(200);
		assertThat(noReason.getResponse().getContentAsString()).contains("There is a problem",
				"Select why the group is closing", "Note must be 500 characters or fewer");
		assertThat(summary().status()).as("nothing stored").isEqualTo(GroupStatus.FORMING);

		this.mvc
			.perform(post(close).with(csrf())
				.with(as(this.coordinatorId, Role.MEMBER))
				.param("reason", "STOPPED_MEETING")
				.param("version", "999999"))
			.andExpect(status().isConflict());

		this.mvc
			.perform(post(close).with(csrf())
				.with(as(this.coordinatorId, Role.MEMBER))
				.param("reason", "MEMBERS_DECIDED")
				.param("note", "We meet as friends now")
				.param("version", Long.toString(version())))
			.andExpect(status().is3xxRedirection());
		assertThat(summary().status()).isEqualTo(GroupStatus.FOLDED);
		assertThat(summary().statusSince()).isEqualTo(LocalDate.now());
		String page = this.mvc.perform(get("/groups/" + this.groupId).with(as(this.memberId, Role.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("This group has closed: The members decided to stop.", "We meet as friends now",
				"Closed");
		assertThat(this.mvc.perform(get("/directory").with(as(this.memberId, Role.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(summary().name());

		long staff = this.accounts.byEmail("staff@example.org").orElseThrow().id();
		this.mvc
			.perform(post("/groups/" + this.groupId + "/reopen").with(csrf())
				.with(as(staff, Role.STAFF))
				.param("version", Long.toString(version())))
			.andExpect(status().is3xxRedirection());
		assertThat(summary().status()).isEqualTo(GroupStatus.FORMING);
	}

	@Test
	void aMembersHomeShowsTheirGroupsWithTheirStatusAndWhatIsWaiting() throws Exception {
		String name = summary().name();
		this.jdbc.update("""
				insert into join_request (group_id, account_id, known_as, status, created_at, version)
				values (?, ?, 'Someone asking', 'PENDING', now(), 0)""", this.groupId, this.memberIdOfAnotherPerson());
		String coordinatorHome = this.mvc.perform(get("/groups").with(as(this.coordinatorId, Role.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(coordinatorHome).contains(name, "Forming", "1 person is asking to join " + name,
				"You coordinate this group");
		String memberHome = this.mvc.perform(get("/groups").with(as(this.memberId, Role.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(memberHome).contains(name, "Forming").doesNotContain("asking to join");

		this.jdbc.update("update membership set role = 'MEMBER' where group_id = ?", this.groupId);
		assertThat(this.mvc.perform(get("/groups").with(as(this.memberId, Role.MEMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(name + " needs a coordinator");
		assertThat(this.mvc.perform(get("/groups").with(as(this.ptvId, Role.PTV)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Groups you support", name);
	}

	private long memberIdOfAnotherPerson() {
		return this.jdbc.queryForObject("""
				insert into account (email, display_name, password_hash, created_at)
				values (?, 'Someone asking', '{noop}not-used', now()) returning id""", Long.class,
				"asking-" + System.nanoTime() + "@example.test");
	}

}
