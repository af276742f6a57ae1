package org.followon.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.followon.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data as the app loaded it at start-up: its parts handed each other what they
 * made, so the demo group is the one handed over from the finished demo PMP, with the
 * demo sign-ins in it, and its meetings and poll are that group's. Loading again, as
 * every restart does, adds nothing. Other tests change the demo group, so this checks
 * what they leave alone.
 */
@IntegrationTest
class DemoDataIntegrationTests {

	private static final List<String> DEMO_SIGN_INS = List.of("clinician@example.org", "ptv@example.org",
			"member@example.org", "coordinator@example.org", "staff@example.org");

	@Autowired
	private DemoDataLoader loader;

	@Autowired
	private JdbcTemplate jdbc;

	private long demoGroup() {
		return this.jdbc.queryForObject("select id from follow_on_group where name = 'Riverside Thursday group'",
				Long.class);
	}

	private long accountOf(String email) {
		return this.jdbc.queryForObject("select id from account where email = ?", Long.class, email);
	}

	@Test
	void theDemoGroupWasHandedOverFromTheFinishedDemoPmpWithTheDemoSignInsInIt() {
		long group = demoGroup();
		Map<String, Object> handedOver = this.jdbc.queryForMap("""
				select p.name as pmp, h.handed_over_by, g.supporting_ptv_id
				  from follow_on_group g join pmp p on p.id = g.pmp_id join handover h on h.pmp_id = p.id
				 where g.id = ?""", group);
		assertThat(handedOver).containsEntry("pmp", "PMP Spring – Riverside")
			.containsEntry("handed_over_by", accountOf("clinician@example.org"))
			.containsEntry("supporting_ptv_id", accountOf("ptv@example.org"));

		// Everyone from the PMP who joined at the hand-over, with the demo coordinator's
		// and member's sign-ins attached to their memberships.
		Map<String, Object> fromThePmp = new LinkedHashMap<>();
		this.jdbc.queryForList("""
				select pa.name, m.account_id from membership m join participant pa on pa.id = m.participant_id
				 where m.group_id = ?""", group)
			.forEach((row) -> fromThePmp.put((String) row.get("name"), row.get("account_id")));
		assertThat(fromThePmp)
			.containsOnlyKeys("Alan Price", "David Morgan", "Linda Evans", "Margaret Jones", "Peter Hughes",
					"Susan Lewis")
			.containsEntry("Linda Evans", accountOf("coordinator@example.org"))
			.containsEntry("Peter Hughes", accountOf("member@example.org"));
		assertThat(this.jdbc.queryForObject("""
				select m.role from membership m join participant pa on pa.id = m.participant_id
				 where m.group_id = ? and pa.name = 'Linda Evans'""", String.class, group)).isEqualTo("COORDINATOR");
	}

	@Test
	void theDemoMeetingsAndPollAreTheDemoGroupsMadeByItsCoordinator() {
		long group = demoGroup();
		long linda = accountOf("coordinator@example.org");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from meeting_series where group_id = ? and created_by = ? and occurrence_count = 6""",
				Integer.class, group, linda))
			.isPositive();
		Map<String, Object> poll = this.jdbc.queryForMap("""
				select p.group_id, p.created_by, count(a.id) as answers, min(m.account_id) as answered_by
				  from poll p join poll_answer a on a.poll_id = p.id join membership m on m.id = a.membership_id
				 where p.title = 'A summer walk and lunch'
				 group by p.group_id, p.created_by""");
		assertThat(poll).containsEntry("group_id", group)
			.containsEntry("created_by", linda)
			.containsEntry("answers", 3L)
			.containsEntry("answered_by", linda);
	}

	@Test
	void loadingAgainAsAtEveryRestartAddsNothing() {
		Map<String, Integer> before = demoCounts();
		assertThat(before).containsEntry("sign-ins", 5)
			.containsEntry("PMPs", 3)
			.containsEntry("groups", 1)
			.containsEntry("hand-overs", 1)
			.containsEntry("polls", 1);

		this.loader.run(null);

		assertThat(demoCounts()).isEqualTo(before);
	}

	private Map<String, Integer> demoCounts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("sign-ins", count(
				"select count(*) from account where demo and email in ('" + String.join("', '", DEMO_SIGN_INS) + "')"));
		counts.put("PMPs", count("select count(*) from pmp where name in "
				+ "('PMP Spring – Riverside', 'PMP Autumn – Riverside', 'PMP Winter – Hillside')"));
		counts.put("participants", count("select count(*) from participant"));
		counts.put("groups", count("select count(*) from follow_on_group where name = 'Riverside Thursday group'"));
		counts.put("hand-overs", count("select count(*) from handover where pmp_id = "
				+ "(select id from pmp where name = 'PMP Spring – Riverside')"));
		counts.put("meetings", count("select count(*) from meeting"));
		counts.put("polls", count("select count(*) from poll where title = 'A summer walk and lunch'"));
		return counts;
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
