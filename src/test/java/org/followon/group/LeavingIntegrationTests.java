package org.followon.group;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.followon.group.TestGroups.Group;
import org.followon.group.TestGroups.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A member leaves, optionally saying why: from the next page on, their name and details
 * are gone from the group and they see nothing of it, while the pain service keeps the
 * membership with its reason. Commits, on a group and people of its own.
 */
class LeavingIntegrationTests extends AbstractGroupIntegrationTests {

	private Person coordinator;

	private Person leaver;

	private Person stayer;

	private Group group;

	@BeforeEach
	void aGroupWhoseMembersShareTheirDetails() {
		this.coordinator = this.fixtures.person("Gareth Lewis");
		this.leaver = this.fixtures.person("Hywel Parry");
		this.stayer = this.fixtures.person("Iona Webb");
		this.group = this.fixtures.group("Leaving test group", this.coordinator, this.leaver, this.stayer);
	}

	private MvcTestResult leave(Person who, String reason, String other) {
		return this.mvc.post()
			.uri(this.group.path() + "/leave")
			.with(who.signedIn())
			.with(csrf())
			.param("reason", reason)
			.param("reasonOther", other)
			.param("version", this.fixtures.version(this.fixtures.membership(this.group, who)))
			.exchange();
	}

	private Map<String, Object> membershipOf(Person who) {
		return this.jdbc.queryForMap(
				"select role, left_on, left_reason, left_reason_other, lapsed, email " + "from membership where id = ?",
				this.fixtures.membership(this.group, who));
	}

	@Test
	void whoeverLeavesIsGoneFromTheGroupAtOnceAndSeesNoMoreOfIt() throws Exception {
		assertThat(seen(this.stayer, this.group.path())).contains("Hywel Parry", this.leaver.email(),
				this.leaver.mobile());
		assertThat(seen(this.leaver, this.group.path() + "/leave")).contains("Would you like to say why?");

		assertThat(leave(this.leaver, "COMMITMENTS", null)).hasRedirectedUrl("/groups")
			.flash()
			.containsEntry("flash", "group.leave.done");

		for (String page : new String[] { this.group.path(), this.group.path() + "/pack" }) {
			assertThat(seen(this.stayer, page)).doesNotContain("Hywel Parry", this.leaver.email(), this.leaver.mobile())
				.contains("Iona Webb");
		}
		assertThat(seen(this.coordinator, this.group.path() + "/members")).doesNotContain("Hywel Parry");

		assertThat(seen(this.leaver, "/groups")).doesNotContain(this.group.name());
		for (String page : new String[] { "", "/pack", "/pack.pdf", "/sharing", "/leave" }) {
			assertThat(requested(this.leaver, this.group.path() + page)).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void theMembershipStaysOnRecordWithTheReason() {
		leave(this.leaver, "COMMITMENTS", "This is not kept: the reason given was not 'another reason'");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		assertThat(membershipOf(this.leaver)).containsEntry("left_on", java.sql.Date.valueOf(today))
			.containsEntry("left_reason", "COMMITMENTS")
			.containsEntry("left_reason_other", null)
			.containsEntry("lapsed", false)
			.containsEntry("email", this.leaver.email());

		leave(this.stayer, "OTHER", "Moving away");
		assertThat(membershipOf(this.stayer)).containsEntry("left_reason", "OTHER")
			.containsEntry("left_reason_other", "Moving away");
	}

	@Test
	void aReasonIsNotNeeded() {
		assertThat(leave(this.leaver, null, null)).hasRedirectedUrl("/groups");
		assertThat(membershipOf(this.leaver)).containsEntry("left_reason", null).doesNotContainEntry("left_on", null);
	}

	@Test
	void aCoordinatorWhoLeavesLosesTheMembersListAtOnce() throws Exception {
		assertThat(seen(this.coordinator, this.group.path() + "/members")).contains("Hywel Parry");
		leave(this.coordinator, "HEALTH", null);

		for (String page : new String[] { "", "/members", "/step-down", "/details" }) {
			assertThat(requested(this.coordinator, this.group.path() + page)).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.post()
			.uri(this.group.path() + "/members")
			.with(this.coordinator.signedIn())
			.with(csrf())
			.param("knownAs", "Someone new")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(membershipOf(this.coordinator)).containsEntry("left_reason", "HEALTH");
		assertThat(seen(this.stayer, this.group.path())).doesNotContain("Gareth Lewis", "Someone new");
	}

	@Test
	void leavingFromAnOutOfDatePageIsAClashAndTheyStay() throws Exception {
		this.jdbc.update("update membership set version = version + 1 where id = ?",
				this.fixtures.membership(this.group, this.leaver));
		assertThat(this.mvc.post()
			.uri(this.group.path() + "/leave")
			.with(this.leaver.signedIn())
			.with(csrf())
			.param("reason", "HEALTH")
			.param("version", "0")).hasStatus(HttpStatus.CONFLICT);
		assertThat(membershipOf(this.leaver)).containsEntry("left_on", null);
		assertThat(seen(this.stayer, this.group.path())).contains("Hywel Parry");
	}

}
