package org.followon.group;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.followon.account.Role;
import org.followon.account.TestUsers;
import org.followon.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.followon.group.InMemoryGroups.coordinator;
import static org.followon.group.InMemoryGroups.member;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Who may keep a group's list of members, and what recording that someone stopped coming
 * changes (moved here from RosterControllerTests when the controller began to delegate).
 */
class RosterServiceTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 5, 6);

	private final MembershipRepository memberships = mock(MembershipRepository.class);

	private final Groups groups = mock(Groups.class);

	private final RosterService service = new RosterService(this.memberships, this.groups,
			Clock.fixed(Instant.parse("2027-05-06T09:00:00Z"), ZoneId.of("Europe/London")));

	private Membership kate;

	private Membership jac;

	@BeforeEach
	void groupFiveCoordinatedByAccountThree() {
		this.jac = coordinator(30, 5, 3, "Jac Rowlands");
		this.kate = member(31, 5, 4L, "Kate Pugh");
		given(this.memberships.coordinates(5, 3)).willReturn(true);
		given(this.memberships.findByGroupIdAndLeftOnIsNullOrderByKnownAs(5))
			.willReturn(new ArrayList<>(List.of(this.jac, this.kate, member(32, 5, null, "Bert Lloyd"))));
	}

	@Test
	void listsTheMembersButNotTheCoordinators() {
		assertThat(this.service.roster(5, TestUsers.signedIn(3, Role.MEMBER))).containsExactly(
				new RosterService.RosterLine(31, "Kate Pugh", true),
				new RosterService.RosterLine(32, "Bert Lloyd", false));
	}

	@Test
	void onlyTheGroupsCoordinatorsKeepItsList() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.service.roster(5, TestUsers.signedIn(4, Role.MEMBER)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.service.roster(5, TestUsers.signedIn(1, Role.STAFF)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.service.add(5, "Someone", TestUsers.signedIn(4, Role.MEMBER)));
		verify(this.groups, never()).addMember(anyLong(), any());
	}

	@Test
	void addsSomeoneByNameOnly() {
		this.service.add(5, "Nan Price", TestUsers.signedIn(3, Role.MEMBER));
		verify(this.groups).addMember(5L, "Nan Price");
	}

	@Test
	void recordsThatSomeoneHasStoppedComingWithTheReasonAndToday() {
		this.service.lapse(5, 31, LeavingReason.TRAVEL_OR_TIME, TestUsers.signedIn(3, Role.MEMBER));
		assertThat(this.kate.isCurrent()).isFalse();
		assertThat(this.kate).extracting("leftOn", "leftReason", "lapsed")
			.containsExactly(TODAY, LeavingReason.TRAVEL_OR_TIME, true);
		assertThat(this.jac.isCurrent()).isTrue();
	}

	@Test
	void aCoordinatorOrSomeoneNotInTheGroupCannotBeRecordedAsStopped() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.service.lapse(5, 30, null, TestUsers.signedIn(3, Role.MEMBER)));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.service.lapse(5, 99, null, TestUsers.signedIn(3, Role.MEMBER)));
		assertThat(this.jac.isCurrent()).isTrue();
	}

	@Test
	void anotherGroupsCoordinatorCannotRecordIt() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.service.lapse(5, 31, LeavingReason.HEALTH, TestUsers.signedIn(8, Role.MEMBER)));
		assertThat(this.kate.isCurrent()).isTrue();
	}

}
