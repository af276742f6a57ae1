package org.followon.group;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.Set;

import org.followon.account.Role;
import org.followon.account.TestUsers;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Who may describe a group, and what saving its details changes (moved here from
 * GroupDetailsControllerTests when the controller began to delegate).
 */
class GroupDetailsServiceTests {

	private final GroupRepository groups = mock(GroupRepository.class);

	private final MembershipRepository memberships = mock(MembershipRepository.class);

	private final GroupDetailsService service = new GroupDetailsService(this.groups, this.memberships);

	private FollowOnGroup group;

	@BeforeEach
	void groupFiveCoordinatedByAccountThree() {
		this.group = InMemoryGroups.group(5, "Canalside Tuesdays", "Canalside", DayOfWeek.TUESDAY, false);
		given(this.groups.findById(5L)).willReturn(Optional.of(this.group));
		given(this.memberships.coordinates(5, 3)).willReturn(true);
	}

	private static GroupDetailsForm form(String name, String area, Frequency frequency, Long version) {
		return new GroupDetailsForm(name, null, area, frequency, DayOfWeek.THURSDAY, null, Channel.EMAIL, null,
				Set.of(Accessibility.STEP_FREE, Accessibility.QUIET), null, true, version);
	}

	@Test
	void theCoordinatorSeesTheDetailsAsTheyAre() {
		GroupDetailsForm form = this.service.form(5, TestUsers.signedIn(3, Role.MEMBER));
		assertThat(form.name()).isEqualTo("Canalside Tuesdays");
		assertThat(form.area()).isEqualTo("Canalside");
	}

	@Test
	void onlyItsCoordinatorsAndStaffDescribeAGroup() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.service.form(5, TestUsers.signedIn(4, Role.MEMBER)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.service.form(5, TestUsers.signedIn(1, Role.CLINICIAN)));
		assertThat(this.service.form(5, TestUsers.signedIn(2, Role.STAFF))).isNotNull();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.service.form(6, TestUsers.signedIn(2, Role.STAFF)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.service.describe(5,
				form("Canalside Thursdays", "CF10", Frequency.MONTHLY, 0L), TestUsers.signedIn(4, Role.MEMBER)));
		assertThat(InMemoryGroups.summary(this.group).name()).isEqualTo("Canalside Tuesdays");
	}

	@Test
	void savesTheDetails() {
		this.service.describe(5, form("Canalside Thursdays", "cf10", Frequency.FORTNIGHTLY, 0L),
				TestUsers.signedIn(3, Role.MEMBER));
		GroupSummary saved = InMemoryGroups.summary(this.group);
		assertThat(saved.name()).isEqualTo("Canalside Thursdays");
		assertThat(saved.area()).isEqualTo("CF10");
		assertThat(saved.usualDay()).isEqualTo(DayOfWeek.THURSDAY);
		assertThat(saved.frequency()).isEqualTo(Frequency.FORTNIGHTLY);
		assertThat(saved.accessibility()).isEqualTo(Set.of(Accessibility.STEP_FREE, Accessibility.QUIET));
		assertThat(saved.openToNewMembers()).isTrue();
		assertThat(saved.meetsOnline()).isFalse();
	}

	@Test
	void aSaveFromAnOutOfDatePageIsAClashAndNothingIsSaved() {
		assertThatExceptionOfType(EditClashException.class).isThrownBy(() -> this.service.describe(5,
				form("Canalside Thursdays", "CF10", Frequency.MONTHLY, 3L), TestUsers.signedIn(3, Role.MEMBER)));
		assertThatExceptionOfType(EditClashException.class).isThrownBy(() -> this.service.describe(5,
				form("Canalside Thursdays", "CF10", Frequency.MONTHLY, null), TestUsers.signedIn(3, Role.MEMBER)));
		assertThat(InMemoryGroups.summary(this.group).name()).isEqualTo("Canalside Tuesdays");
	}

}
