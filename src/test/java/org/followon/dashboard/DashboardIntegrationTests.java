package org.followon.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.followon.IntegrationTest;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.TestUsers;
import org.followon.group.GroupStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The dashboard on PostgreSQL: three groups of its own, in an area no one else uses, with
 * members, coordinators (or none), join requests and held meetings, and the figures on
 * each row.
 */
@IntegrationTest
class DashboardIntegrationTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Accounts accounts;

	private final LocalDate today = LocalDate.now(LONDON);

	private final String area = "Dashboard test " + UUID.randomUUID().toString().substring(0, 8);

	private long staff;

	private long meeting;

	private long fading;

	private long closed;

	@BeforeEach
	void threeGroups() {
		this.staff = idOf("staff@example.org");
		// Meeting: formed and active, two coordinators among four current members, one
		// who left.
		this.meeting = group("Dashboard meeting group", this.today.minusMonths(8), this.today.minusMonths(7),
				this.today.minusDays(3), null);
		member(this.meeting, "Zena", "COORDINATOR", null);
		member(this.meeting, "Abe", "CO_COORDINATOR", null);
		member(this.meeting, "Mo", "MEMBER", null);
		member(this.meeting, "Kit", "MEMBER", null);
		member(this.meeting, "Left Earlier", "COORDINATOR", this.today.minusMonths(1));
		held(this.meeting, this.today.minusDays(3), 5);
		held(this.meeting, this.today.minusMonths(2), 4);
		held(this.meeting, this.today.minusMonths(2).minusDays(1), 3);
		held(this.meeting, this.today.minusMonths(13), 9);
		// Fading: not met for five months, so not meeting (dormant); no coordinator; two
		// waiting to join.
		this.fading = group("Dashboard fading group", this.today.minusMonths(12), this.today.minusMonths(11),
				this.today.minusMonths(5), null);
		member(this.fading, "Ola", "MEMBER", null);
		member(this.fading, "Pat", "MEMBER", null);
		held(this.fading, this.today.minusMonths(5), 6);
		request(this.fading, "member@example.org", "PENDING");
		request(this.fading, "coordinator@example.org", "PENDING");
		request(this.fading, "ptv@example.org", "DECLINED");
		// Closed by hand last week; its coordinator has since left, and a folded group
		// needs none.
		this.closed = group("Dashboard closed group", this.today.minusMonths(3), null, null, this.today.minusDays(7));
		member(this.closed, "Gone", "COORDINATOR", this.today.minusDays(1));
	}

	@Test
	void eachRowHasItsGroupsFigures() throws Exception {
		Map<Long, DashboardRow> rows = rows("?area=" + this.area);
		assertThat(rows).containsOnlyKeys(this.meeting, this.fading, this.closed);

		DashboardRow meeting = rows.get(this.meeting);
		assertThat(meeting.status()).isEqualTo(GroupStatus.ACTIVE);
		assertThat(meeting.members()).isEqualTo(4);
		assertThat(meeting.coordinators()).as("coordinators first, then co-coordinators; not those who left")
			.containsExactly("Zena", "Abe");
		assertThat(meeting.noCoordinator()).isFalse();
		assertThat(meeting.lastMetOn()).isEqualTo(this.today.minusDays(3));
		assertThat(meeting.pendingRequests()).isZero();
		assertThat(meeting.trend().months()).endsWith(YearMonth.from(this.today));
		assertThat(attendedIn(meeting, this.today.minusDays(3))).isEqualTo(5);
		assertThat(attendedIn(meeting, this.today.minusMonths(2))).isEqualTo(7);
		assertThat(meeting.trend().total()).as("a meeting 13 months ago is outside the strip").isEqualTo(12);

		DashboardRow fading = rows.get(this.fading);
		assertThat(fading.status()).isEqualTo(GroupStatus.DORMANT);
		assertThat(fading.members()).isEqualTo(2);
		assertThat(fading.coordinators()).isEmpty();
		assertThat(fading.noCoordinator()).isTrue();
		assertThat(fading.pendingRequests()).isEqualTo(2);
		assertThat(fading.trend().total()).isEqualTo(6);

		DashboardRow closed = rows.get(this.closed);
		assertThat(closed.status()).isEqualTo(GroupStatus.FOLDED);
		assertThat(closed.statusSince()).isEqualTo(this.today.minusDays(7));
		assertThat(closed.lastMetOn()).isNull();
		assertThat(closed.trend().total()).isZero();
		assertThat(closed.coordinators()).isEmpty();
		assertThat(closed.noCoordinator()).as("a folded group is not flagged as needing a coordinator").isFalse();
	}

	@Test
	void filtersByStatusAndSortsByLastMeeting() throws Exception {
		assertThat(rows("?area=" + this.area + "&status=DORMANT&status=FOLDED")).containsOnlyKeys(this.fading,
				this.closed);
		assertThat(page("?area=" + this.area).rows()).extracting(DashboardRow::id)
			.as("newest first, never met last")
			.containsExactly(this.meeting, this.fading, this.closed);
		assertThat(page("?area=" + this.area + "&sort=oldest").rows()).extracting(DashboardRow::id)
			.as("oldest first, never met last")
			.containsExactly(this.fading, this.meeting, this.closed);
		assertThat(page("").areas()).contains(this.area);
	}

	@Test
	void anImportedGroupsLastKnownContactCountsTowardsItsStatus() throws Exception {
		long imported = group("Dashboard imported group", this.today.minusYears(3), this.today.minusYears(3),
				this.today.minusMonths(5), null);
		this.jdbc.update("update follow_on_group set external_id = ?, last_contact_on = ? where id = ?",
				"DASH-" + imported, this.today.minusWeeks(2), imported);

		assertThat(rows("?area=" + this.area).get(imported).status())
			.as("met five months ago, but the service heard from it two weeks ago")
			.isEqualTo(GroupStatus.ACTIVE);
	}

	private int attendedIn(DashboardRow row, LocalDate day) {
		return row.trend().attended().get(row.trend().months().indexOf(YearMonth.from(day)));
	}

	private Map<Long, DashboardRow> rows(String query) throws Exception {
		return page(query).rows().stream().collect(java.util.stream.Collectors.toMap(DashboardRow::id, (r) -> r));
	}

	private Dashboard.Page page(String query) throws Exception {
		return (Dashboard.Page) this.mvc
			.perform(get("/network/groups" + query).with(TestUsers.as(this.staff, Role.STAFF)))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("dashboard");
	}

	private long group(String name, LocalDate startedOn, LocalDate formedOn, LocalDate lastMetOn, LocalDate closedOn) {
		return this.jdbc.queryForObject("""
				insert into follow_on_group (name, frequency, channel, created_at, created_by, area, started_on,
				                             formed_on, last_met_on, active_since, closed_on)
				values (?, 'MONTHLY', 'EMAIL', now(), ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, name,
				this.staff, this.area, startedOn, formedOn, lastMetOn, formedOn, closedOn);
	}

	private void member(long groupId, String knownAs, String role, LocalDate leftOn) {
		this.jdbc.update("""
				insert into membership (group_id, known_as, role, joined_on, left_on)
				values (?, ?, ?, current_date - 300, ?)""", groupId, knownAs, role, leftOn);
	}

	private void held(long groupId, LocalDate on, int attended) {
		this.jdbc.update("""
				insert into held_meeting (group_id, source_key, held_on, face_to_face, pmp_participants, attended)
				values (?, ?, ?, true, 3, ?)""", groupId, "dashboard-test:" + UUID.randomUUID(), on, attended);
	}

	private void request(long groupId, String email, String status) {
		this.jdbc.update("""
				insert into join_request (group_id, account_id, known_as, status, created_at)
				values (?, ?, 'Someone', ?, now())""", groupId, idOf(email), status);
	}

	private long idOf(String email) {
		return this.accounts.byEmail(email).orElseThrow().id();
	}

}
