package org.followon.group;

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
 * A group's coordinators keep its list of members: they add someone who does not use the
 * app, and record that someone has stopped coming (lapsed), which ends the membership
 * like leaving. Only that group's coordinators may. Commits, on groups and people of its
 * own.
 */
class RosterIntegrationTests extends AbstractGroupIntegrationTests {

	private Person coordinator;

	private Person member;

	private Group group;

	@BeforeEach
	void aGroup() {
		this.coordinator = this.fixtures.person("Jac Rowlands");
		this.member = this.fixtures.person("Kate Pugh");
		this.group = this.fixtures.group("Roster test group", this.coordinator, this.member);
	}

	private MvcTestResult lapse(Person who, long membershipId, String reason) {
		return this.mvc.post()
			.uri(this.group.path() + "/members/" + membershipId + "/lapsed")
			.with(who.signedIn())
			.with(csrf())
			.param("reason", reason)
			.exchange();
	}

	private MvcTestResult add(Person who, String knownAs) {
		return this.mvc.post()
			.uri(this.group.path() + "/members")
			.with(who.signedIn())
			.with(csrf())
			.param("knownAs", knownAs)
			.exchange();
	}

	private Map<String, Object> membership(long id) {
		return this.jdbc.queryForMap(
				"select account_id, known_as, role, left_on, left_reason, lapsed " + "from membership where id = ?",
				id);
	}

	@Test
	void aCoordinatorAddsSomeoneWhoDoesNotUseTheApp() throws Exception {
		assertThat(add(this.coordinator, "  Bert Lloyd ")).hasRedirectedUrl(this.group.path() + "/members")
			.flash()
			.containsEntry("flash", "group.roster.added");

		long bert = this.jdbc.queryForObject("select id from membership where group_id = ? and known_as = 'Bert Lloyd'",
				Long.class, this.group.id());
		assertThat(membership(bert)).containsEntry("account_id", null)
			.containsEntry("role", "MEMBER")
			.containsEntry("left_on", null);
		assertThat(seen(this.coordinator, this.group.path() + "/members")).contains("Bert Lloyd",
				"(does not use the app)");
		assertThat(seen(this.member, this.group.path())).contains("Bert Lloyd");
	}

	@Test
	void aNameIsNeededAndNothingIsAddedWithoutOne() throws Exception {
		MvcTestResult refused = add(this.coordinator, "   ");
		assertThat(refused).hasStatusOk().bodyText().contains("There is a problem", "Enter their name");
		assertThat(this.jdbc.queryForObject("select count(*) from membership where group_id = ?", Integer.class,
				this.group.id()))
			.isEqualTo(2);
	}

	@Test
	void aCoordinatorRecordsThatSomeoneHasStoppedComing() throws Exception {
		long kate = this.fixtures.membership(this.group, this.member);
		assertThat(lapse(this.coordinator, kate, "TRAVEL_OR_TIME")).hasRedirectedUrl(this.group.path() + "/members")
			.flash()
			.containsEntry("flash", "group.roster.lapsed");

		assertThat(membership(kate)).containsEntry("lapsed", true)
			.containsEntry("left_reason", "TRAVEL_OR_TIME")
			.doesNotContainEntry("left_on", null);
		assertThat(seen(this.coordinator, this.group.path() + "/members")).doesNotContain("Kate Pugh");
		assertThat(seen(this.coordinator, this.group.path())).doesNotContain("Kate Pugh", this.member.email(),
				this.member.mobile());
		assertThat(requested(this.member, this.group.path())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(seen(this.member, "/groups")).doesNotContain(this.group.name());
	}

	@Test
	void onlyThisGroupsCoordinatorsRecordWhoHasStopped() throws Exception {
		long kate = this.fixtures.membership(this.group, this.member);
		Person otherCoordinator = this.fixtures.person("Lowri Bowen");
		Group other = this.fixtures.group("Other roster group", otherCoordinator);

		assertThat(lapse(this.member, this.fixtures.membership(this.group, this.coordinator), null))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(lapse(otherCoordinator, kate, null)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(add(otherCoordinator, "Not theirs to add")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(requested(otherCoordinator, this.group.path() + "/members")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(requested(this.member, this.group.path() + "/members")).hasStatus(HttpStatus.FORBIDDEN);
		// Nor through their own group's address.
		assertThat(this.mvc.post()
			.uri(other.path() + "/members/" + kate + "/lapsed")
			.with(otherCoordinator.signedIn())
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(membership(kate)).containsEntry("left_on", null).containsEntry("lapsed", false);
		assertThat(this.jdbc.queryForObject("select count(*) from membership where known_as = 'Not theirs to add'",
				Integer.class))
			.isZero();
	}

	@Test
	void aCoordinatorCannotBeRecordedAsStoppedByAnother() {
		Person coCoordinator = this.fixtures.person("Morgan Evans");
		this.fixtures.join(this.group, coCoordinator, MembershipRole.CO_COORDINATOR);
		long jac = this.fixtures.membership(this.group, this.coordinator);
		assertThat(lapse(coCoordinator, jac, "HEALTH")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(lapse(this.coordinator, jac, null)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(membership(jac)).containsEntry("left_on", null).containsEntry("role", "COORDINATOR");
	}

}
