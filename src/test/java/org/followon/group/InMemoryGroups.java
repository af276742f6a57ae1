package org.followon.group;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.util.ReflectionTestUtils;

/** Groups and memberships as the database would hand them back, for MVC slice tests. */
final class InMemoryGroups {

	/** The status rules with their defaults, on a fixed day. */
	static final GroupStatusRules RULES = new GroupStatusRules(
			new GroupStatusRules.Settings(Period.ofMonths(3), Period.ofMonths(12)),
			Clock.fixed(Instant.parse("2027-03-15T12:00:00Z"), ZoneId.of("Europe/London")));

	/** What the pages show of a group, with {@link #RULES}. */
	static GroupSummary summary(FollowOnGroup group) {
		return group.summary(RULES);
	}

	/** For slice tests of controllers that list groups with their status. */
	@TestConfiguration
	static class StatusRules {

		@Bean
		GroupStatusRules groupStatusRules() {
			return RULES;
		}

	}

	private InMemoryGroups() {
	}

	/** A group open to new members, meeting monthly, in person unless said otherwise. */
	static FollowOnGroup group(long id, String name, String area, DayOfWeek usualDay, boolean online) {
		FollowOnGroup group = new FollowOnGroup(
				new NewGroup(name, null, Frequency.MONTHLY, null, Channel.WHATSAPP, LocalDate.of(2027, 4, 1), null,
						"The back room, 14 Mill Lane", null, null, 1L, List.of()),
				Instant.parse("2027-03-01T10:00:00Z"), LocalDate.of(2027, 3, 1));
		group.describe(new GroupDetailsForm(name, "Keeping up our pacing", area, Frequency.MONTHLY, usualDay, null,
				Channel.WHATSAPP, null, Set.of(), online, true, null));
		return withId(group, id);
	}

	/**
	 * A current member of the group, who shares nothing; with the app unless accountId is
	 * null.
	 */
	static Membership member(long id, long groupId, Long accountId, String knownAs) {
		return withId(new Membership(groupId, accountId, knownAs, LocalDate.of(2027, 3, 1)), id);
	}

	static Membership coordinator(long id, long groupId, long accountId, String knownAs) {
		Membership membership = member(id, groupId, accountId, knownAs);
		membership.takeOverCoordination();
		return membership;
	}

	private static <T> T withId(T entity, long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		return entity;
	}

}
