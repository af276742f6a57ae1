package org.followon.group;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.TestUsers;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * People and groups of a test's own. Every test shares one database (and the demo group),
 * and tests that commit must not disturb each other: names and email addresses are made
 * unique.
 */
public final class TestGroups {

	/** What every person made here signs in with. */
	public static final String PASSWORD = "slow walk by the river";

	private final Groups groups;

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	public TestGroups(Groups groups, Accounts accounts, JdbcTemplate jdbc) {
		this.groups = groups;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/** Someone with a member's account, in no group yet, like a past PMP participant. */
	public Person person(String name) {
		String email = name.toLowerCase(Locale.UK).replaceAll("[^a-z]+", ".") + "." + unique() + "@example.org";
		return new Person(this.accounts.createMember(email, name, PASSWORD).id(), name, email);
	}

	/**
	 * A group (its name made unique) with one coordinator and its members, each sharing
	 * their email and mobile. It is not open to new members until {@link #open} says so.
	 */
	public Group group(String name, Person coordinator, Person... members) {
		String unique = name + " " + unique();
		long id = this.groups
			.form(new NewGroup(unique, null, Frequency.MONTHLY, null, Channel.WHATSAPP, null, null, null, null, null,
					coordinator.id(), java.util.List.of()))
			.groupId();
		Group group = new Group(id, unique);
		join(group, coordinator, MembershipRole.COORDINATOR);
		for (Person member : members) {
			join(group, member, MembershipRole.MEMBER);
		}
		return group;
	}

	/** Lists the group in the directory, with what the directory filters on. */
	public void open(Group group, String area, DayOfWeek usualDay, boolean online) {
		this.jdbc.update(
				"update follow_on_group set open_to_new_members = true, area = ?, usual_day = ?, "
						+ "meets_online = ? where id = ?",
				area, usualDay == null ? null : usualDay.name(), online, group.id());
	}

	/** The person's membership of the group (the latest, current or not). */
	public long membership(Group group, Person person) {
		return this.jdbc.queryForObject(
				"select id from membership where group_id = ? and account_id = ? " + "order by id desc limit 1",
				Long.class, group.id(), person.id());
	}

	/** The membership's version, as a form for it would carry. */
	public String version(long membershipId) {
		return this.jdbc.queryForObject("select version from membership where id = ?", String.class, membershipId);
	}

	/** Adds the person to the group in this role, sharing their email and mobile. */
	public void join(Group group, Person person, MembershipRole role) {
		this.jdbc.update(
				"insert into membership (group_id, account_id, known_as, email, mobile, share_email, "
						+ "share_mobile, role, joined_on) values (?, ?, ?, ?, ?, true, true, ?, ?)",
				group.id(), person.id(), person.name(), person.email(), person.mobile(), role.name(),
				LocalDate.now().minusMonths(1));
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A person made for a test. */
	public record Person(long id, String name, String email) {

		/** A made-up mobile, unique to this person, as shared with their group. */
		public String mobile() {
			return "07700 9" + String.format("%05d", this.id % 100_000);
		}

		/** Signed in, for MockMvc. */
		public RequestPostProcessor signedIn() {
			return TestUsers.as(this.id, Role.MEMBER);
		}

	}

	/** A group made for a test. */
	public record Group(long id, String name) {

		public String path() {
			return "/groups/" + this.id;
		}

	}

}
