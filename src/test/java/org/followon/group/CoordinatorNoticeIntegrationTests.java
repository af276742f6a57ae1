package org.followon.group;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.followon.TestMail;
import org.followon.group.TestGroups.Group;
import org.followon.group.TestGroups.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A coordinator steps down naming a successor, who can do what a coordinator does at
 * once; or the last coordinator steps down or leaves, and the service's inbox is told
 * (GreenMail, a real SMTP server) with no member's details, while the group page says it
 * needs a coordinator. Commits, on groups and people of its own.
 */
class CoordinatorNoticeIntegrationTests extends AbstractGroupIntegrationTests {

	private static final GreenMail smtp = TestMail.server();

	private static final String NEEDS_ONE = "This group needs a coordinator";

	private Person coordinator;

	private Person successor;

	private Person member;

	private Group group;

	@BeforeEach
	void aGroupWithOneCoordinator() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		this.coordinator = this.fixtures.person("Alun Jenkins");
		this.successor = this.fixtures.person("Bethan Rees");
		this.member = this.fixtures.person("Carys Morgan");
		this.group = this.fixtures.group("Bridge group", this.coordinator, this.successor, this.member);
	}

	private MvcTestResult stepDown(Person who, Long successorMembership) {
		long mine = this.fixtures.membership(this.group, who);
		return this.mvc.post()
			.uri(this.group.path() + "/step-down")
			.with(who.signedIn())
			.with(csrf())
			.param("successorId", successorMembership == null ? "" : successorMembership.toString())
			.param("version", this.fixtures.version(mine))
			.exchange();
	}

	private String role(Person who) {
		return this.jdbc.queryForObject("select role from membership where id = ?", String.class,
				this.fixtures.membership(this.group, who));
	}

	private static MimeMessage theNoticeToTheServiceInbox() throws Exception {
		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		MimeMessage notice = smtp.getReceivedMessages()[0];
		assertThat(notice.getAllRecipients()).extracting(Object::toString).containsExactly("pain-service@example.org");
		return notice;
	}

	/** The notice names the group and links to it, and holds nothing about any member. */
	private void assertNoticeAboutTheGroupOnly(MimeMessage notice) throws Exception {
		assertThat(notice.getSubject()).isEqualTo("A follow-on group needs a coordinator: " + this.group.name());
		String body = GreenMailUtil.getBody(notice);
		assertThat(body).contains("http://localhost:8080" + this.group.path());
		for (Person person : new Person[] { this.coordinator, this.successor, this.member }) {
			assertThat(body).doesNotContain(person.name(), person.email(), person.mobile());
		}
	}

	@Test
	void steppingDownNamingASuccessorHandsTheCoordinatorsWorkOnAtOnce() throws Exception {
		assertThat(seen(this.coordinator, this.group.path() + "/step-down")).contains("Bethan Rees", "Carys Morgan",
				"Nobody yet");
		assertThat(stepDown(this.coordinator, this.fixtures.membership(this.group, this.successor)))
			.hasRedirectedUrl(this.group.path())
			.flash()
			.containsEntry("flash", "group.stepDown.done");

		assertThat(role(this.successor)).isEqualTo("COORDINATOR");
		assertThat(role(this.coordinator)).isEqualTo("MEMBER");
		assertThat(seen(this.successor, this.group.path()))
			.contains("Bethan Rees (Coordinator)", "Keep the list of members", "Step down as coordinator")
			.doesNotContain("Alun Jenkins (Coordinator)", NEEDS_ONE);
		assertThat(seen(this.successor, this.group.path() + "/members")).contains("Alun Jenkins", "Carys Morgan");

		// The one who stepped down stays a member, without the coordinators' pages.
		assertThat(seen(this.coordinator, this.group.path())).doesNotContain("Keep the list of members");
		assertThat(requested(this.coordinator, this.group.path() + "/members")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(requested(this.coordinator, this.group.path() + "/step-down")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aCoordinatorClosingTheGroupTellsTheServiceWithoutPersonalDetails() throws Exception {
		long version = this.jdbc.queryForObject("select version from follow_on_group where id = ?", Long.class,
				this.group.id());
		assertThat(this.mvc.post()
			.uri(this.group.path() + "/close")
			.with(this.coordinator.signedIn())
			.with(csrf())
			.param("reason", "TOO_FEW_MEMBERS")
			.param("note", "Only Bethan and Carys still come")
			.param("version", Long.toString(version))
			.exchange()).hasRedirectedUrl(this.group.path());
		MimeMessage notice = theNoticeToTheServiceInbox();
		assertThat(notice.getSubject()).isEqualTo("A follow-on group has closed: " + this.group.name());
		String body = GreenMailUtil.getBody(notice);
		assertThat(body).contains("http://localhost:8080" + this.group.path()).doesNotContain("Only Bethan");
		for (Person person : new Person[] { this.coordinator, this.successor, this.member }) {
			assertThat(body).doesNotContain(person.name(), person.email(), person.mobile());
		}
	}

	@Test
	void theLastCoordinatorSteppingDownTellsTheServiceWithoutPersonalDetails() throws Exception {
		assertThat(seen(this.member, this.group.path())).doesNotContain(NEEDS_ONE);
		assertThat(stepDown(this.coordinator, null)).hasRedirectedUrl(this.group.path());

		assertNoticeAboutTheGroupOnly(theNoticeToTheServiceInbox());
		assertThat(role(this.coordinator)).isEqualTo("MEMBER");
		assertThat(seen(this.member, this.group.path())).contains(NEEDS_ONE).doesNotContain("(Coordinator)");
		assertThat(requested(this.coordinator, this.group.path() + "/members")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theLastCoordinatorLeavingTellsTheServiceToo() throws Exception {
		assertThat(this.mvc.post()
			.uri(this.group.path() + "/leave")
			.with(this.coordinator.signedIn())
			.with(csrf())
			.param("reason", "HEALTH")
			.param("version", this.fixtures.version(this.fixtures.membership(this.group, this.coordinator))))
			.hasRedirectedUrl("/groups");

		assertNoticeAboutTheGroupOnly(theNoticeToTheServiceInbox());
		assertThat(seen(this.member, this.group.path())).contains(NEEDS_ONE).doesNotContain("Alun Jenkins");
	}

	@Test
	void whileACoCoordinatorRemainsNobodyIsTold() throws Exception {
		Person helper = this.fixtures.person("Dylan Price");
		this.fixtures.join(this.group, helper, MembershipRole.CO_COORDINATOR);
		assertThat(stepDown(this.coordinator, null)).hasRedirectedUrl(this.group.path());

		assertThat(seen(this.member, this.group.path())).contains("Dylan Price (Co-coordinator)")
			.doesNotContain(NEEDS_ONE);
		assertThat(seen(helper, this.group.path() + "/members")).contains("Carys Morgan");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aSuccessorMustBeACurrentMemberOfThisGroup() throws Exception {
		Person elsewhere = this.fixtures.person("Eira Hughes");
		Group other = this.fixtures.group("Other group", this.fixtures.person("Ffion Davies"), elsewhere);
		assertThat(stepDown(this.coordinator, this.fixtures.membership(other, elsewhere)))
			.hasStatus(HttpStatus.NOT_FOUND);
		this.jdbc.update("update membership set left_on = current_date where id = ?",
				this.fixtures.membership(this.group, this.member));
		assertThat(stepDown(this.coordinator, this.fixtures.membership(this.group, this.member)))
			.hasStatus(HttpStatus.NOT_FOUND);

		assertThat(role(this.coordinator)).isEqualTo("COORDINATOR");
		assertThat(this.jdbc.queryForObject("select role from membership where id = ?", String.class,
				this.fixtures.membership(other, elsewhere)))
			.isEqualTo("MEMBER");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aMemberWhoIsNotACoordinatorCannotStepDown() throws Exception {
		assertThat(requested(this.member, this.group.path() + "/step-down")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(stepDown(this.member, this.fixtures.membership(this.group, this.member)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(role(this.member)).isEqualTo("MEMBER");
		assertThat(role(this.coordinator)).isEqualTo("COORDINATOR");
	}

}
