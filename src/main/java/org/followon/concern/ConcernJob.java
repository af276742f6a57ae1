package org.followon.concern;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the schedule does for concerns: sends again any first alert that failed, and sends
 * the second alert for a concern nobody acknowledged in time. The second alert goes out
 * once even when two instances run at the same moment: each claims the concern with a
 * conditional update first, and only the one whose update changed the row sends. A failed
 * send gives the claim back so a later run tries again; a claim left by an instance that
 * stopped before it sent (no {@code second_alert_sent_at} after {@link #STALE_CLAIM}) is
 * taken up again, since a duplicate alert is harmless and a missing one is not. One
 * concern that fails never holds up the others. {@link ConcernScheduling} runs it; tests
 * call {@link #run(Instant)}.
 */
@Component
class ConcernJob {

	private static final Log log = LogFactory.getLog(ConcernJob.class);

	/**
	 * The first alert is sent right after saving; only one still unsent after this is
	 * retried.
	 */
	private static final Duration FIRST_ALERT_GRACE = Duration.ofMinutes(2);

	/** Far longer than one send can take (the mail timeouts are seconds). */
	static final Duration STALE_CLAIM = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final ConcernMails alerts;

	private final ConcernEventRepository events;

	private final Clock clock;

	ConcernJob(JdbcClient jdbc, ConcernMails alerts, ConcernEventRepository events, Clock clock) {
		this.jdbc = jdbc;
		this.alerts = alerts;
		this.events = events;
		this.clock = clock;
	}

	int run() {
		return run(this.clock.instant());
	}

	/** Does what is due at this instant; returns how many alerts went out. */
	int run(Instant now) {
		int sent = 0;
		for (Due due : due("""
				select id, urgency from concern
				where alert_sent_at is null and closed_at is null and raised_at <= ? order by raised_at""",
				now.minus(FIRST_ALERT_GRACE))) {
			sent += attempt(due, "First", () -> this.alerts.sendFirst(due.id(), due.urgency()));
		}
		Timestamp stale = micros(now.minus(STALE_CLAIM));
		for (Due due : due("""
				select id, urgency from concern
				where second_alert_sent_at is null and acknowledged_at is null and acknowledge_by <= ?
				  and (escalated_at is null or escalated_at <= ?) order by acknowledge_by""", now, stale)) {
			sent += attempt(due, "Second", () -> escalate(due, now, stale));
		}
		return sent;
	}

	private static int attempt(Due due, String which, BooleanSupplier alert) {
		try {
			return alert.getAsBoolean() ? 1 : 0;
		}
		catch (RuntimeException ex) {
			log.error(which + " alert for concern " + due.id() + " failed (" + ex.getClass().getName()
					+ "); the next run tries again");
			return 0;
		}
	}

	private boolean escalate(Due due, Instant now, Timestamp stale) {
		Timestamp at = micros(now);
		int claimed = this.jdbc.sql("""
				update concern set escalated_at = ?
				 where id = ? and acknowledged_at is null and second_alert_sent_at is null
				   and (escalated_at is null or escalated_at <= ?)""").params(at, due.id(), stale).update();
		if (claimed != 1) {
			return false; // Another instance has it, or someone acknowledged it
							// meanwhile.
		}
		if (!this.alerts.sendSecond(due.id(), due.urgency())) {
			this.jdbc.sql("update concern set escalated_at = null where id = ? and escalated_at = ?")
				.params(due.id(), at)
				.update();
			log.warn("Second alert for concern " + due.id() + " will be tried again");
			return false;
		}
		this.jdbc.sql("update concern set second_alert_sent_at = ? where id = ?").params(at, due.id()).update();
		this.events.save(new ConcernEvent(due.id(), EventKind.SECOND_ALERT_SENT, now, null, null));
		return true;
	}

	private static Timestamp micros(Instant instant) {
		return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
	}

	private List<Due> due(String sql, Object... params) {
		return this.jdbc.sql(sql)
			.params(Arrays.stream(params).map((p) -> p instanceof Instant i ? Timestamp.from(i) : p).toList())
			.query((rs, n) -> new Due(rs.getLong("id"), Urgency.valueOf(rs.getString("urgency"))))
			.list();
	}

	private record Due(long id, Urgency urgency) {
	}

}
