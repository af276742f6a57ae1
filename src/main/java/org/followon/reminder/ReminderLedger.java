package org.followon.reminder;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which reminders have gone out. A reminder is claimed before it is sent, each step
 * committed on its own: the unique key (meeting, member, kind) lets only one claimer win,
 * even in another app instance at the same moment, so nothing goes out twice. A failed
 * send can be claimed again on a later run, up to
 * {@code followon.reminders.max-attempts}; one left "sending" by an instance that stopped
 * mid-send is never sent again (once at most, rather than twice).
 */
@Component
class ReminderLedger {

	private final JdbcTemplate jdbc;

	private final int maxAttempts;

	ReminderLedger(JdbcTemplate jdbc, ReminderSendingSettings settings) {
		this.jdbc = jdbc;
		this.maxAttempts = settings.maxAttempts();
	}

	/** Whether this caller may send the reminder now: nobody has, and nobody else is. */
	boolean claim(long meetingId, long membershipId, ReminderKind kind, Instant now) {
		int claimed = this.jdbc.update("""
				insert into reminder_sent (meeting_id, membership_id, kind, status, attempts, last_attempt_at)
				values (?, ?, ?, 'SENDING', 1, ?) on conflict do nothing""", meetingId, membershipId, kind.name(),
				at(now));
		return claimed == 1 || this.jdbc.update("""
				update reminder_sent set status = 'SENDING', attempts = attempts + 1, last_attempt_at = ?
				where meeting_id = ? and membership_id = ? and kind = ? and status = 'FAILED' and attempts < ?""",
				at(now), meetingId, membershipId, kind.name(), this.maxAttempts) == 1;
	}

	void sent(long meetingId, long membershipId, ReminderKind kind, Instant now) {
		mark("SENT", at(now), meetingId, membershipId, kind);
	}

	void failed(long meetingId, long membershipId, ReminderKind kind) {
		mark("FAILED", null, meetingId, membershipId, kind);
	}

	private void mark(String status, OffsetDateTime sentAt, long meetingId, long membershipId, ReminderKind kind) {
		this.jdbc.update(
				"update reminder_sent set status = ?, sent_at = ? where meeting_id = ? and membership_id = ? and kind = ?",
				status, sentAt, meetingId, membershipId, kind.name());
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
