package org.followon.joinrequest;

import java.time.DayOfWeek;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.followon.TestMail;
import org.followon.account.Role;
import org.followon.account.TestUsers;
import org.followon.group.AbstractGroupIntegrationTests;
import org.followon.group.TestGroups.Group;
import org.followon.group.TestGroups.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Someone outside a group asks to join it, and only that group's coordinators answer; the
 * answer is emailed (GreenMail, a real SMTP server) with the group's name and a link
 * only. Commits, on groups and people of its own.
 */
class JoinRequestIntegrationTests extends AbstractGroupIntegrationTests {

	private static final GreenMail smtp = TestMail.server();

	private Person coordinator;

	private Person member;

	private Person asker;

	private Group group;

	@BeforeEach
	void anOpenGroupAndSomeoneFromAPastPmp() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		this.coordinator = this.fixtures.person("Nia Pryce");
		this.member = this.fixtures.person("Owen Bevan");
		this.asker = this.fixtures.person("Ruth Ellis");
		this.group = this.fixtures.group("Canal walkers", this.coordinator, this.member);
		this.fixtures.open(this.group, "Canalside", DayOfWeek.TUESDAY, false);
	}

	private MvcTestResult ask(Person who) {
		return this.mvc.post()
			.uri(this.group.path() + "/ask")
			.with(who.signedIn())
			.with(csrf())
			.param("message", "I did my programme at Riverside last spring")
			.exchange();
	}

	private long pendingRequest() {
		return this.jdbc.queryForObject(
				"select id from join_request where group_id = ? and account_id = ? " + "and status = 'PENDING'",
				Long.class, this.group.id(), this.asker.id());
	}

	private MvcTestResult answer(RequestPostProcessor who, long groupId, long request, String answer) {
		String version = this.jdbc.queryForObject("select version from join_request where id = ?", String.class,
				request);
		return this.mvc.post()
			.uri("/groups/" + groupId + "/requests/" + request + "/" + answer)
			.with(who)
			.with(csrf())
			.param("version", version)
			.exchange();
	}

	/**
	 * The asker asks, and the group's coordinator answers from the group page; the
	 * request.
	 */
	private long askedAndAnswered(String answer, String flash) {
		ask(this.asker);
		long request = pendingRequest();
		assertThat(answer(this.coordinator.signedIn(), this.group.id(), request, answer))
			.hasRedirectedUrl(this.group.path())
			.flash()
			.containsEntry("flash", flash);
		return request;
	}

	private static MimeMessage theOnlyEmailTo(String address) throws Exception {
		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(address);
		return mail;
	}

	private String status(long request) {
		return this.jdbc.queryForObject("select status from join_request where id = ?", String.class, request);
	}

	private int currentMemberships(Person who) {
		return this.jdbc.queryForObject(
				"select count(*) from membership where group_id = ? and account_id = ? " + "and left_on is null",
				Integer.class, this.group.id(), who.id());
	}

	@Test
	void someoneAsksOnceAndOnlyTheCoordinatorsSeeTheirMessage() throws Exception {
		assertThat(ask(this.asker)).hasRedirectedUrl("/groups").flash().containsEntry("flash", "joinRequest.ask.sent");
		assertThat(seen(this.asker, "/groups")).contains(this.group.name() + ": Waiting for an answer");
		assertThat(seen(this.coordinator, this.group.path())).contains("Asking to join", "Ruth Ellis",
				"I did my programme at Riverside last spring");
		assertThat(seen(this.member, this.group.path())).doesNotContain("Asking to join", "Ruth Ellis");

		// Asking again (a second tab, the back button) stores nothing and says they are
		// waiting.
		assertThat(ask(this.asker)).hasRedirectedUrl(this.group.path() + "/ask").flash().doesNotContainKey("flash");
		assertThat(this.jdbc.queryForObject("select count(*) from join_request where group_id = ? and account_id = ?",
				Integer.class, this.group.id(), this.asker.id()))
			.isOne();
		assertThat(seen(this.asker, this.group.path() + "/ask")).contains("you have asked to join and are waiting")
			.doesNotContain("A message for the coordinators");
		// A member asking to join their own group is not a request either.
		assertThat(ask(this.member)).hasRedirectedUrl(this.group.path() + "/ask");
		assertThat(this.jdbc.queryForObject("select count(*) from join_request where account_id = ?", Integer.class,
				this.member.id()))
			.isZero();
	}

	@Test
	void onlyAGroupOpenToNewMembersCanBeAskedToJoin() throws Exception {
		this.jdbc.update("update follow_on_group set open_to_new_members = false where id = ?", this.group.id());
		assertThat(requested(this.asker, this.group.path() + "/ask")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(ask(this.asker)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(requested(this.asker, "/groups/999999999/ask")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from join_request where group_id = ?", Integer.class,
				this.group.id()))
			.isZero();
	}

	@Test
	void acceptingMakesThemAMemberSharingNothingAndEmailsThemTheGroupOnly() throws Exception {
		long request = askedAndAnswered("accept", "joinRequest.accepted");

		assertThat(status(request)).isEqualTo("ACCEPTED");
		assertThat(this.jdbc.queryForMap(
				"select role, share_email, share_mobile, email, mobile from membership "
						+ "where group_id = ? and account_id = ? and left_on is null",
				this.group.id(), this.asker.id()))
			.containsEntry("role", "MEMBER")
			.containsEntry("share_email", false)
			.containsEntry("share_mobile", false)
			.containsEntry("email", null)
			.containsEntry("mobile", null);

		MimeMessage answer = theOnlyEmailTo(this.asker.email());
		assertThat(answer.getSubject()).isEqualTo("You have joined " + this.group.name());
		assertThat(GreenMailUtil.getBody(answer)).contains("http://localhost:8080" + this.group.path(), "116 123")
			.doesNotContain("Nia Pryce", this.coordinator.email(), this.coordinator.mobile(), "Owen Bevan");

		assertThat(seen(this.asker, "/groups")).contains(this.group.name() + ": Accepted",
				"href=\"" + this.group.path() + "\"");
		assertThat(seen(this.asker, this.group.path())).contains("Nia Pryce (Coordinator)", this.coordinator.mobile());
		assertThat(seen(this.member, this.group.path())).contains("Ruth Ellis");
		assertThat(seen(this.coordinator, this.group.path())).doesNotContain("Asking to join");
	}

	@Test
	void decliningEmailsThemAWayBackToTheDirectoryAndLetsNothingIn() throws Exception {
		long request = askedAndAnswered("decline", "joinRequest.declined");

		assertThat(status(request)).isEqualTo("DECLINED");
		assertThat(currentMemberships(this.asker)).isZero();
		assertThat(requested(this.asker, this.group.path())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(seen(this.asker, "/groups")).contains(this.group.name() + ": Declined")
			.doesNotContain("href=\"" + this.group.path() + "\"");

		MimeMessage answer = theOnlyEmailTo(this.asker.email());
		assertThat(answer.getSubject()).isEqualTo("Your request to join " + this.group.name());
		assertThat(GreenMailUtil.getBody(answer)).contains("http://localhost:8080/directory")
			.doesNotContain(this.group.path(), "Nia Pryce", this.coordinator.email());
	}

	@Test
	void onlyThisGroupsCoordinatorsMayAnswer() throws Exception {
		Person otherCoordinator = this.fixtures.person("Sian Lloyd");
		Group other = this.fixtures.group("Hilltop group", otherCoordinator);
		ask(this.asker);
		long request = pendingRequest();

		assertThat(answer(this.member.signedIn(), this.group.id(), request, "accept")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(answer(otherCoordinator.signedIn(), this.group.id(), request, "accept"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(answer(otherCoordinator.signedIn(), this.group.id(), request, "decline"))
			.hasStatus(HttpStatus.FORBIDDEN);
		// Through their own group's address the request is not theirs to find.
		assertThat(answer(otherCoordinator.signedIn(), other.id(), request, "accept")).hasStatus(HttpStatus.NOT_FOUND);
		long staff = this.accounts.byEmail("staff@example.org").orElseThrow().id();
		assertThat(answer(TestUsers.as(staff, Role.STAFF), this.group.id(), request, "accept"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(answer(this.asker.signedIn(), this.group.id(), request, "accept")).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(status(request)).isEqualTo("PENDING");
		assertThat(currentMemberships(this.asker)).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(seen(this.coordinator, this.group.path())).contains("Asking to join", "Ruth Ellis");
	}

	@Test
	void anAnswerToAnOutOfDatePageIsAClashAndChangesNothing() throws Exception {
		ask(this.asker);
		long request = pendingRequest();
		assertThat(this.mvc.post()
			.uri(this.group.path() + "/requests/" + request + "/accept")
			.with(this.coordinator.signedIn())
			.with(csrf())
			.param("version", "7")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("href=\"" + this.group.path() + "\"");
		assertThat(status(request)).isEqualTo("PENDING");

		answer(this.coordinator.signedIn(), this.group.id(), request, "decline");
		// A second coordinator's tab, still showing the request, accepts it after it was
		// declined.
		assertThat(this.mvc.post()
			.uri(this.group.path() + "/requests/" + request + "/accept")
			.with(this.coordinator.signedIn())
			.with(csrf())
			.param("version", "0")).hasStatus(HttpStatus.CONFLICT);
		assertThat(status(request)).isEqualTo("DECLINED");
		assertThat(currentMemberships(this.asker)).isZero();
	}

}
