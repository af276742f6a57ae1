package org.followon.reminder;

import java.util.EnumSet;
import java.util.Set;

import org.followon.account.Role;
import org.followon.group.GroupAccess;
import org.followon.system.EditClashException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followon.account.TestUsers.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@ReminderWebTest
class ReminderSettingsControllerTests {

	private static final GroupAccess GROUP = new GroupAccess(7, "Riverside Thursday group", 70L, true, false);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ReminderSettings service;

	private void times(boolean textsOn) {
		given(this.service.times(eq(7L), any()))
			.willReturn(new ReminderSettings.Times(GROUP, ReminderKind.DEFAULTS, null, textsOn));
	}

	private ReminderSettings.Mine mine(String email, String mobile, boolean textsOn) {
		ReminderSettings.Mine mine = new ReminderSettings.Mine(GROUP, email, mobile, textsOn, ReminderChannel.EMAIL,
				ReminderChannel.EMAIL, 3L);
		given(this.service.mine(eq(7L), any())).willReturn(mine);
		return mine;
	}

	@Test
	void anonymousPeopleAreSentToSignInAndOthersAreRefused() {
		assertThat(this.mvc.get().uri("/groups/7/reminders")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/sign-in");
		given(this.service.times(eq(8L), any())).willThrow(new AccessDeniedException("no"));
		assertThat(this.mvc.get().uri("/groups/8/reminders").with(as(3, Role.MEMBER))).hasStatus(HttpStatus.FORBIDDEN);
		given(this.service.mine(eq(8L), any())).willThrow(new AccessDeniedException("no"));
		assertThat(this.mvc.get().uri("/groups/8/reminders/mine").with(as(3, Role.MEMBER)))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void coordinatorsSeeTheDefaultTimesTickedAndThatTextsAreSwitchedOff() {
		times(false);
		assertThat(this.mvc.get().uri("/groups/7/reminders").with(as(3, Role.MEMBER))).hasStatusOk()
			.hasViewName("reminder/times")
			.bodyText()
			.contains("Text messages are switched off for this service")
			.containsPattern("value=\"TWO_DAYS_BEFORE\"[^>]*checked")
			.containsPattern("value=\"MORNING_OF\"[^>]*checked")
			.doesNotContainPattern("value=\"WEEK_BEFORE\"[^>]*checked");
	}

	@Test
	void chosenTimesAreSavedAndATamperedChoiceIsRefused() {
		times(true);
		assertThat(this.mvc.post()
			.uri("/groups/7/reminders")
			.with(csrf())
			.with(as(3, Role.MEMBER))
			.param("times", "WEEK_BEFORE", "MORNING_OF")
			.param("version", "4")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/groups/7")
			.flash()
			.containsEntry("flash", "reminder.times.saved");
		verify(this.service).chooseTimes(eq(7L), eq(EnumSet.of(ReminderKind.WEEK_BEFORE, ReminderKind.MORNING_OF)),
				eq(4L), any());

		for (String tampered : new String[] { "LOG_REQUEST", "EVERY_HOUR" }) {
			assertThat(this.mvc.post()
				.uri("/groups/7/reminders")
				.with(csrf())
				.with(as(3, Role.MEMBER))
				.param("times", tampered)).hasStatusOk()
				.hasViewName("reminder/times")
				.bodyText()
				.contains("Select from the choices given");
		}
		verify(this.service, never()).chooseTimes(anyLong(), eq(Set.of(ReminderKind.LOG_REQUEST)), any(), any());
	}

	@Test
	void aStaleVersionGetsTheClashPage() {
		times(true);
		willThrow(new EditClashException("/groups/7/reminders")).given(this.service)
			.chooseTimes(eq(7L), any(), eq(999L), any());
		assertThat(this.mvc.post()
			.uri("/groups/7/reminders")
			.with(csrf())
			.with(as(3, Role.MEMBER))
			.param("version", "999")).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void aMemberSeesTheirOwnDetailsAndNoTextChoiceWhenTextsAreOff() {
		mine("peter@example.org", "07700 900123", false);
		assertThat(this.mvc.get().uri("/groups/7/reminders/mine").with(as(3, Role.MEMBER))).hasStatusOk()
			.hasViewName("reminder/mine")
			.bodyText()
			.contains("peter@example.org", "07700 900123", "Text messages are switched off for this service",
					"At the moment you get reminders by email")
			.doesNotContain("value=\"TEXT\"");
		mine("peter@example.org", "07700 900123", true);
		assertThat(this.mvc.get().uri("/groups/7/reminders/mine").with(as(3, Role.MEMBER))).bodyText()
			.contains("value=\"TEXT\"")
			.doesNotContain("switched off");
	}

	@Test
	void aMembersChoiceIsSavedOrRefusedWhenItCannotReachThem() {
		ReminderSettings.Mine mine = mine(null, null, true);
		assertThat(this.mvc.post()
			.uri("/groups/7/reminders/mine")
			.with(csrf())
			.with(as(3, Role.MEMBER))
			.param("channel", "NONE")
			.param("version", "3")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/groups/7")
			.flash()
			.containsEntry("flash", "reminder.mine.saved");
		verify(this.service).choose(mine, ReminderChannel.NONE, 3L);

		String[][] refused = { { "EMAIL", "We do not have an email address for you" },
				{ "TEXT", "We do not have a mobile number for you" }, { "PIGEON", "Select from the choices given" },
				{ "", "Select how you would like to be reminded" } };
		for (String[] attempt : refused) {
			assertThat(this.mvc.post()
				.uri("/groups/7/reminders/mine")
				.with(csrf())
				.with(as(3, Role.MEMBER))
				.param("channel", attempt[0])).hasStatusOk()
				.hasViewName("reminder/mine")
				.bodyText()
				.contains(attempt[1]);
		}
		verify(this.service, never()).choose(any(), eq(ReminderChannel.EMAIL), any());
	}

}
