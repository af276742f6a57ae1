package org.followon.directory;

import java.time.DayOfWeek;

import org.followon.group.AbstractGroupIntegrationTests;
import org.followon.group.TestGroups.Group;
import org.followon.group.TestGroups.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The network's directory, read by someone in no group: it lists only groups open to new
 * members, filtered by area, day and how they meet, and never shows where a group meets
 * or who is in it. Commits, on groups and people of its own (other tests' groups may be
 * listed too).
 */
class DirectoryIntegrationTests extends AbstractGroupIntegrationTests {

	private static final String VENUE = "The back room, 14 Mill Lane";

	private Person reader;

	private Person coordinator;

	private Group canalside;

	private Group online;

	private Group closed;

	@BeforeEach
	void threeGroupsTwoOfThemOpen() {
		this.reader = this.fixtures.person("Nerys Jones");
		this.coordinator = this.fixtures.person("Osian Thomas");
		this.canalside = this.fixtures.group("Canalside Tuesdays", this.coordinator);
		this.fixtures.open(this.canalside, "Canalside", DayOfWeek.TUESDAY, false);
		this.jdbc.update("update follow_on_group set first_meeting_venue = ? where id = ?", VENUE, this.canalside.id());
		this.online = this.fixtures.group("Online Fridays", this.fixtures.person("Rhian Lloyd"));
		this.fixtures.open(this.online, "Hilltop", DayOfWeek.FRIDAY, true);
		this.closed = this.fixtures.group("Closed Canalside", this.fixtures.person("Tomos Pryce"));
		this.jdbc.update("update follow_on_group set area = 'Canalside', usual_day = 'TUESDAY' where id = ?",
				this.closed.id());
	}

	/**
	 * The directory as the reader sees it, with these filters: name, value, name,
	 * value...
	 */
	private String directory(String... filters) throws Exception {
		MockHttpServletRequestBuilder request = get("/directory").with(this.reader.signedIn());
		for (int i = 0; i < filters.length; i += 2) {
			request.param(filters[i], filters[i + 1]);
		}
		MvcTestResult result = this.mvc.perform(request);
		assertThat(result).hasStatusOk().hasViewName("directory/directory");
		return result.getResponse().getContentAsString();
	}

	@Test
	void onlyGroupsOpenToNewMembersAreListed() throws Exception {
		assertThat(directory())
			.contains(this.canalside.name(), this.online.name(), "Ask to join " + this.canalside.name(),
					"href=\"" + this.canalside.path() + "/ask\"")
			.doesNotContain(this.closed.name());

		this.jdbc.update("update follow_on_group set open_to_new_members = false where id = ?", this.canalside.id());
		assertThat(directory()).doesNotContain(this.canalside.name()).contains(this.online.name());
		assertThat(directory("area", "canalside")).doesNotContain(this.canalside.name(), this.closed.name());
	}

	@Test
	void itNeverShowsWhereAGroupMeetsOrWhoIsInIt() throws Exception {
		// The venue is there, and its members see it on the group's page.
		assertThat(seen(this.coordinator, this.canalside.path())).contains(VENUE, this.coordinator.mobile());

		assertThat(directory()).contains(this.canalside.name(), "Area: Canalside", "usually on a Tuesday")
			.doesNotContain(VENUE, "Mill Lane", "Osian Thomas", this.coordinator.email(), this.coordinator.mobile(),
					"Rhian Lloyd");
	}

	@Test
	void filtersByAreaDayAndHowTheGroupMeets() throws Exception {
		assertThat(directory("area", "  CANAL ")).contains(this.canalside.name()).doesNotContain(this.online.name());
		assertThat(directory("area", "hill")).contains(this.online.name()).doesNotContain(this.canalside.name());
		assertThat(directory("day", "TUESDAY")).contains(this.canalside.name()).doesNotContain(this.online.name());
		assertThat(directory("day", "FRIDAY")).contains(this.online.name()).doesNotContain(this.canalside.name());
		assertThat(directory("how", "online")).contains(this.online.name()).doesNotContain(this.canalside.name());
		assertThat(directory("how", "in-person")).contains(this.canalside.name()).doesNotContain(this.online.name());
		assertThat(directory("area", "canal", "day", "FRIDAY")).doesNotContain(this.canalside.name(),
				this.online.name());
		assertThat(directory("area", "", "day", "", "how", "")).contains(this.canalside.name(), this.online.name());
		// What was chosen stays chosen, so the person can see why the list is short.
		assertThat(directory("area", "canal", "day", "TUESDAY", "how", "in-person")).contains("value=\"canal\"",
				"<option value=\"TUESDAY\" selected=\"selected\">",
				"<option value=\"in-person\" selected=\"selected\">");
	}

	@Test
	void aDayThatIsNotADayIsNotFound() {
		assertThat(requested(this.reader, "/directory?day=SOMEDAY")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
