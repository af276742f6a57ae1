package org.followon.group;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.test.util.ReflectionTestUtils;

/** Groups and memberships as the database would hand them back, for MVC slice tests. */
final class InMemoryGroups {

	private InMemoryGroups() {
	}

	/** A group open to new members, meeting monthly, in person unless said otherwise. */
	static FollowOnGroup group(long id, String name, String area, DayOfWeek usualDay, boolean online) {
		FollowOnGroup group = new FollowOnGroup(new NewGroup(name, null, Frequency.MONTHLY, null, Channel.WHATSAPP,
				LocalDate.of(2027, 4, 1), null, "The back room, 14 Mill Lane", null, null, 1L, List.of()),
				Instant.parse("2027-03-01T10:00:00Z"));
		group.describe(new GroupDetailsForm(name, "Keeping up our pacing", area, Frequency.MONTHLY, usualDay, null,
				Channel.WHATSAPP, null, Set.of(), online, true, null));
		return withId(group, id);
	}

	/** A current member of the group, who shares nothing; with the app unless accountId is null. */
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
