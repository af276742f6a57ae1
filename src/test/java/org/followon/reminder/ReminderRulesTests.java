package org.followon.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.followon.meeting.ScheduledMeeting;
import org.followon.system.FollowOnSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderRulesTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final ReminderRules rules = new ReminderRules(new ReminderSendingSettings(LocalTime.of(8, 0), 3),
			new FollowOnSettings("https://followon.example.org", LONDON, "pain-service@example.org",
					new FollowOnSettings.Service(""),
					new FollowOnSettings.Mail("Follow-on groups <no-reply@example.org>")));

	/**
	 * Thursday 2 April 2026, 14:00 to 16:00, after the clocks went forward on 29 March.
	 */
	private final ScheduledMeeting meeting = new ScheduledMeeting(1, 2, LocalDate.of(2026, 4, 2), LocalTime.of(14, 0),
			LocalTime.of(16, 0), "Riverside cafe");

	private static Instant at(String london) {
		return LocalDateTime.parse(london).atZone(LONDON).toInstant();
	}

	@Test
	void remindersAreDueAtEightInTheMorningLondonTime() {
		assertThat(this.rules.dueAt(this.meeting, ReminderKind.TWO_DAYS_BEFORE).toInstant())
			.isEqualTo(at("2026-03-31T08:00"));
		assertThat(this.rules.dueAt(this.meeting, ReminderKind.TWO_DAYS_BEFORE).toInstant())
			.isEqualTo(Instant.parse("2026-03-31T07:00:00Z"));
		assertThat(this.rules.dueAt(this.meeting, ReminderKind.MORNING_OF).toInstant())
			.isEqualTo(at("2026-04-02T08:00"));
		assertThat(this.rules.dueAt(this.meeting, ReminderKind.LOG_REQUEST).toInstant())
			.isEqualTo(at("2026-04-03T08:00"));
	}

	@Test
	void onlyTheChosenTimesAndTheLogRequestAreDue() {
		Set<ReminderKind> chosen = Set.of(ReminderKind.TWO_DAYS_BEFORE, ReminderKind.MORNING_OF);
		assertThat(this.rules.dueNow(this.meeting, chosen, at("2026-03-31T07:59"))).isEmpty();
		assertThat(this.rules.dueNow(this.meeting, chosen, at("2026-03-31T08:00")))
			.containsExactly(ReminderKind.TWO_DAYS_BEFORE);
		assertThat(this.rules.dueNow(this.meeting, chosen, at("2026-04-01T08:10"))).isEmpty();
		assertThat(this.rules.dueNow(this.meeting, Set.of(ReminderKind.DAY_BEFORE), at("2026-04-01T08:10")))
			.containsExactly(ReminderKind.DAY_BEFORE);
		assertThat(this.rules.dueNow(this.meeting, chosen, at("2026-04-02T09:00")))
			.containsExactly(ReminderKind.MORNING_OF);
		assertThat(this.rules.dueNow(this.meeting, Set.of(), at("2026-04-03T08:00")))
			.containsExactly(ReminderKind.LOG_REQUEST);
	}

	@Test
	void aLateReminderIsNotSentOnceTheMeetingHasStartedOrHalfADayHasPassed() {
		assertThat(this.rules.isDue(this.meeting, ReminderKind.MORNING_OF, at("2026-04-02T13:59"))).isTrue();
		assertThat(this.rules.isDue(this.meeting, ReminderKind.MORNING_OF, at("2026-04-02T14:00"))).isFalse();
		assertThat(this.rules.isDue(this.meeting, ReminderKind.TWO_DAYS_BEFORE, at("2026-03-31T19:59"))).isTrue();
		assertThat(this.rules.isDue(this.meeting, ReminderKind.TWO_DAYS_BEFORE, at("2026-03-31T20:00"))).isFalse();
		assertThat(this.rules.isDue(this.meeting, ReminderKind.LOG_REQUEST, at("2026-04-05T07:59"))).isTrue();
		assertThat(this.rules.isDue(this.meeting, ReminderKind.LOG_REQUEST, at("2026-04-05T08:00"))).isFalse();
	}

	@Test
	void anEarlyMeetingIsRemindedAnHourBeforeItStarts() {
		ScheduledMeeting early = new ScheduledMeeting(1, 2, LocalDate.of(2026, 4, 2), LocalTime.of(8, 30),
				LocalTime.of(10, 0), "Park");
		assertThat(this.rules.dueAt(early, ReminderKind.MORNING_OF).toInstant()).isEqualTo(at("2026-04-02T07:30"));
	}

	@Test
	void aReminderGoesTheWayTheMemberChoseOrByEmailWhenATextCannotGo() {
		assertThat(ReminderChannel.effective(null, true, true, true)).isEqualTo(ReminderChannel.EMAIL);
		assertThat(ReminderChannel.effective(null, false, true, true)).isEqualTo(ReminderChannel.NONE);
		assertThat(ReminderChannel.effective(ReminderChannel.TEXT, true, true, true)).isEqualTo(ReminderChannel.TEXT);
		assertThat(ReminderChannel.effective(ReminderChannel.TEXT, true, true, false)).isEqualTo(ReminderChannel.EMAIL);
		assertThat(ReminderChannel.effective(ReminderChannel.TEXT, true, false, true)).isEqualTo(ReminderChannel.EMAIL);
		assertThat(ReminderChannel.effective(ReminderChannel.TEXT, false, false, false))
			.isEqualTo(ReminderChannel.NONE);
		assertThat(ReminderChannel.effective(ReminderChannel.NONE, true, true, true)).isEqualTo(ReminderChannel.NONE);
	}

}
