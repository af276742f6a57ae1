package org.followon.summary;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.followon.IntegrationTest;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.TestUsers;
import org.followon.summary.SummaryStatistics.SurvivalPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary over a small network built here, in 2014–2016 (a time no other test uses),
 * and scoped to the PMPs and groups made here, so the shared database's other records
 * never count. Every expected figure is worked out by hand in the comments. The period is
 * July to December 2015.
 *
 * <pre>
 * PMP  sessions (x = cancelled)              ends        in period?
 * P1   2015-05-07, 2015-07-02, 2015-07-09x   2015-07-02  yes
 * P2   2015-09-03, 2015-09-10                2015-09-10  yes
 * P3   2014-11-06, 2014-11-13                2014-11-13  no
 * P4   2016-01-14                            2016-01-14  no
 *
 * group     PMP   started     formed      meetings held (head count)                 closed      status 2015-12-31
 * G1        P1    2015-07-02  2015-07-30  07-30 (5), 09-24 (4), 11-19 (3), 2016-03-01 (6)       active
 * G2        P2    2015-09-10  -           none                                                  dormant (started > 3 months before)
 * G3        P3    2014-11-13  2014-12-04  2014-12-04 (6), 01-08 (4), 02-05 (3), 06-04 (3)  2015-08-01  folded (closed)
 * G4 (imp.) -     2012-03-15  2012-04-01  08-20 (7); last contact 2015-10-15 (pmp end 2012-03-01) active
 * G5 (imp.) -     2009-01-10  2009-02-01  none; last contact 2013-06-01 (pmp end 2009-01-01)    folded (no contact > 15 months)
 * G6        P4    2016-01-14  -           none                                                  not started by the end: not counted
 * G7        P2    2015-09-10  -           10-01 online (3)                                      forming
 * </pre>
 */
@IntegrationTest
class NetworkSummaryIntegrationTests {

	private static final SummaryPeriod PERIOD = SummaryPeriod.half(2015, 2);

	@Autowired
	private NetworkSummaryService service;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Accounts accounts;

	private long staff;

	private long clinician;

	private final String run = Long.toString(System.nanoTime());

	private final List<Long> pmps = new ArrayList<>();

	private final List<Long> groups = new ArrayList<>();

	private long p1;

	private long p2;

	private long g4;

	@BeforeEach
	void network() {
		this.staff = this.accounts.byEmail("staff@example.org").orElseThrow().id();
		this.clinician = account("summary-clinician-" + this.run + "@example.test");
		this.p1 = pmp("P1", LocalDate.of(2015, 5, 7), LocalDate.of(2015, 7, 2), LocalDate.of(2015, 7, 9));
		this.jdbc.update("update pmp_session set cancelled = true where pmp_id = ? and number = 3", this.p1);
		this.p2 = pmp("P2", LocalDate.of(2015, 9, 3), LocalDate.of(2015, 9, 10));
		long p3 = pmp("P3", LocalDate.of(2014, 11, 6), LocalDate.of(2014, 11, 13));
		long p4 = pmp("P4", LocalDate.of(2016, 1, 14));
		this.jdbc.update("insert into pmp_facilitator (pmp_id, account_id, kind) values (?, ?, 'CLINICIAN')", this.p1,
				this.clinician);
		this.jdbc.update("insert into pmp_facilitator (pmp_id, account_id, kind) values (?, ?, 'CLINICIAN')", this.p2,
				this.clinician);
		// Facilitated as a PTV, not as a clinician: not in the clinician's scope.
		this.jdbc.update("insert into pmp_facilitator (pmp_id, account_id, kind) values (?, ?, 'PTV')", p3,
				this.clinician);

		// Handovers: P1's at 23:30 UTC on 30 June is 00:30 on 1 July in UK summer time
		// (in);
		// P2's on 10 September (in); P3's in 2014 (out).
		handover(this.p1, Instant.parse("2015-06-30T23:30:00Z"));
		handover(this.p2, Instant.parse("2015-09-10T14:00:00Z"));
		handover(p3, Instant.parse("2014-11-13T14:00:00Z"));

		long a1 = participant(this.p1, "A1", "WOMAN", "FROM_50_TO_59", "JOINING", null);
		long a2 = participant(this.p1, "A2", "WOMAN", "FROM_60_TO_69", "JOINING", null);
		long a3 = participant(this.p1, "A3", "MAN", "FROM_40_TO_49", "JOINING", null);
		participant(this.p1, "A4", "WOMAN", "FROM_50_TO_59", "NOT_FOR_ME", "COMMITMENTS");
		participant(this.p1, "A5", "MAN", "FROM_70_TO_79", "NOT_FOR_ME", null);
		long b1 = participant(this.p2, "B1", "WOMAN", "FROM_60_TO_69", "JOINING", null);
		long b2 = participant(this.p2, "B2", null, "FROM_60_TO_69", "JOINING", null);
		participant(this.p2, "B3", "WOMAN", null, "NOT_FOR_ME", "COMMITMENTS");
		participant(this.p2, "B4", "MAN", "FROM_30_TO_39", "UNDECIDED", null);
		long b5 = participant(this.p2, "B5", "MAN", "FROM_30_TO_39", null, null);
		this.jdbc.update("update participant set withdrawn_on = '2015-09-03' where id = ?", b5);
		long c1 = participant(p3, "C1", "WOMAN", "FROM_50_TO_59", "JOINING", null);
		long c2 = participant(p3, "C2", "MAN", "FROM_60_TO_69", "JOINING", null);
		long c3 = participant(p3, "C3", "WOMAN", "OVER_80", "JOINING", null);

		long g1 = group("G1", this.p1, "2015-07-02", "2015-07-30", "2016-03-01", null, "WHATSAPP", "CAFE");
		long g2 = group("G2", this.p2, "2015-09-10", null, null, null, "PHONE,TEXT", null);
		long g3 = group("G3", p3, "2014-11-13", "2014-12-04", "2015-06-04", "2015-08-01", "EMAIL", "PUB_OR_BAR");
		this.g4 = group("G4", null, "2012-03-15", "2012-04-01", "2015-08-20", null, "WHATSAPP,EMAIL", "CAFE");
		this.jdbc.update("""
				update follow_on_group set external_id = ?, pmp_ended_on = '2012-03-01', last_contact_on = '2015-10-15'
				 where id = ?""", "summary-g4-" + this.run, this.g4);
		long g5 = group("G5", null, "2009-01-10", "2009-02-01", null, null, "PHONE", "HOME");
		this.jdbc.update("""
				update follow_on_group set external_id = ?, pmp_ended_on = '2009-01-01', last_contact_on = '2013-06-01'
				 where id = ?""", "summary-g5-" + this.run, g5);
		group("G6", p4, "2016-01-14", null, null, null, "EMAIL", "CAFE");
		long g7 = group("G7", this.p2, "2015-09-10", null, "2015-10-01", null, "EMAIL", "ONLINE");

		long mA1 = member(g1, a1, "2015-07-02", null, null);
		long mA2 = member(g1, a2, "2015-07-02", null, null);
		long mA3 = member(g1, a3, "2015-07-02", "2015-10-01", "TRAVEL_OR_TIME");
		long mB1 = member(g7, b1, "2015-09-10", null, null);
		member(g7, b2, "2015-09-10", "2015-12-01", null);
		long mC1 = member(g3, c1, "2014-11-13", "2015-08-01", "GROUP_STOPPED");
		long mC2 = member(g3, c2, "2014-11-13", null, null);
		long mC3 = member(g3, c3, "2014-11-13", "2015-03-01", "HEALTH");
		// C1 moved to G1 when G3 closed.
		long mC1inG1 = member(g1, c1, "2015-08-01", null, null);
		// Someone added by name to the imported group: no PMP, so not in the fairness
		// tables.
		this.jdbc.update(
				"insert into membership (group_id, known_as, role, joined_on) values (?, 'Imported', 'MEMBER', '2012-03-15')",
				this.g4);

		logged(g1, "2015-07-30", 5, "GOAL_SETTING,SOCIAL", mA1, mA2, mA3);
		logged(g1, "2015-09-24", 4, "SOCIAL", mA1, mA2);
		logged(g1, "2015-11-19", 3, "", mA1, mC1inG1);
		logged(g1, "2016-03-01", 6, "PACING", mA1, mA2);
		notHeld(g1, "2015-08-27");
		logged(g7, "2015-10-01", 3, "PACING,RELAXATION", mB1);
		logged(g3, "2014-12-04", 6, "SOCIAL", mC1, mC2, mC3);
		logged(g3, "2015-01-08", 4, "SOCIAL", mC1, mC2);
		logged(g3, "2015-02-05", 3, "SOCIAL", mC2);
		logged(g3, "2015-06-04", 3, "EXERCISE", mC2);
		held(this.g4, "2015-08-20", 7);
		this.groups.addAll(List.of(g1, g2, g3, this.g4, g5, g7));
		this.pmps.addAll(List.of(this.p1, this.p2, p3, p4));
	}

	private NetworkSummary summary() {
		// G6 is in scope too: it is left out because it had not started by the end of the
		// period.
		List<Long> all = new ArrayList<>(this.groups);
		all.add(this.jdbc.queryForObject("select id from follow_on_group where name = ?", Long.class,
				"G6 " + this.run));
		return this.service.summary(SummaryScope.of(this.pmps, all), PERIOD);
	}

	@Test
	void reach() {
		NetworkSummary.Reach reach = summary().reach();
		// P1 (last session not cancelled: 2 July) and P2 (10 September); P3 ended in
		// 2014, P4 in 2016.
		assertThat(reach.pmpsFinished()).isEqualTo(2);
		// P1's (1 July, UK time) and P2's.
		assertThat(reach.handoversCompleted()).isEqualTo(2);
		// P1: A1, A2, A3; P2: B1, B2 = 5 joining. Not for me: A4 (commitments), A5 (no
		// reason), B3 (commitments) = 3.
		// Undecided: B4 = 1. B5 recorded nothing. P3's decisions are outside the period.
		assertThat(reach.joining()).isEqualTo(5);
		assertThat(reach.notJoining()).isEqualTo(3);
		assertThat(reach.undecided()).isEqualTo(1);
		// Formed in the period: G1 (30 July). G3 and G4 formed before it.
		assertThat(reach.groupsFormed()).isEqualTo(1);
		// P1 led to G1 (formed); P2's G2 and G7 have not formed: 1 of 2 = 50%.
		assertThat(reach.pmpsLeadingToFormedGroup()).isEqualTo(1);
		assertThat(reach.pmpsLeadingToFormedGroupPercent()).isEqualTo(50.0);
		assertThat(rows(summary().table("decisions"))).containsExactly("Choice.JOINING=5", "Choice.NOT_FOR_ME=3",
				"NotJoiningReason.COMMITMENTS=2", "summary.reason.notGiven=1", "Choice.UNDECIDED=1");
	}

	@Test
	void activity() {
		NetworkSummary summary = summary();
		NetworkSummary.Activity activity = summary.activity();
		// On 31 December 2015: G7 forming (met online only, last 1 October: not yet 3
		// months);
		// G1 active (last met 19 November; its 2016 meeting has not happened yet); G4
		// active (last
		// contact 15 October, later than its meeting on 20 August); G2 dormant (never
		// met, started
		// 10 September: dormant from 11 December); G3 folded (closed 1 August); G5 folded
		// (last
		// contact 1 June 2013: dormant from 2 September 2013, folded from 3 September
		// 2014).
		assertThat(activity.forming()).isEqualTo(1);
		assertThat(activity.active()).isEqualTo(2);
		assertThat(activity.dormant()).isEqualTo(1);
		assertThat(activity.folded()).isEqualTo(2);
		// Held in the period: G1 on 30 July, 24 September and 19 November (the 27 August
		// meeting did
		// not go ahead), G7 on 1 October, G4 on 20 August = 5; head counts 5 + 4 + 3 + 3
		// + 7 = 22; 22 / 5 = 4.4.
		assertThat(activity.meetingsHeld()).isEqualTo(5);
		assertThat(activity.attendanceMean()).isEqualTo(4.4);
		// Ticked in the period: A1, A2, A3 (30 July), C1 in G1 (19 November), B1 (1
		// October) = 5.
		assertThat(activity.membersAttended()).isEqualTo(5);
		// PMP ended by 30 June 2015 (6 months before the end): P3's C1, C2, C3 = 3.
		// Ticked 13 May 2015
		// (P3's end + 6 months) or later: C2 (4 June, G3), C1 (19 November, G1) = 2; 2 /
		// 3 = 66.7%.
		assertThat(activity.sixMonths().eligible()).isEqualTo(3);
		assertThat(activity.sixMonths().attending()).isEqualTo(2);
		assertThat(SummaryStatistics.oneDecimal(activity.sixMonths().percent())).isEqualByComparingTo("66.7");
		// PMP ended by 31 December 2014: C1, C2, C3 = 3. Ticked on 13 November 2015 or
		// later: C1 = 1; 33.3%.
		assertThat(activity.twelveMonths().eligible()).isEqualTo(3);
		assertThat(activity.twelveMonths().attending()).isEqualTo(1);
		assertThat(SummaryStatistics.oneDecimal(activity.twelveMonths().percent())).isEqualByComparingTo("33.3");
		assertThat(rows(summary.table("group_status"))).containsExactly("GroupStatus.FORMING=1", "GroupStatus.ACTIVE=2",
				"GroupStatus.DORMANT=1", "GroupStatus.FOLDED=2");
	}

	@Test
	void groupDuration() {
		NetworkSummary summary = summary();
		NetworkSummary.Duration duration = summary.duration();
		// Days from the PMP's end to the last contact by 31 December 2015 (months = days
		// / 30.4375):
		// G7 2015-09-10 → 2015-10-01 = 21 (0.69); G1 2015-07-02 → 2015-11-19 = 140
		// (4.60);
		// G3 2014-11-13 → 2015-06-04 = 203 (6.67, folded); G4 2012-03-01 → 2015-10-15 =
		// 1323 (43.47);
		// G5 2009-01-01 → 2013-06-01 = 1612 (52.96, folded). G2 has no contact; G6 had
		// not started.
		assertThat(duration.groups()).isEqualTo(5);
		assertThat(duration.notYetMet()).isEqualTo(1);
		// Mean: (21 + 140 + 203 + 1323 + 1612) / 5 = 659.8 days = 21.68 months.
		Map<String, Object> metrics = summary.metrics();
		assertThat(metrics.get("group_duration_months_mean")).isEqualTo(new BigDecimal("21.7"));
		// Median: the middle of five, G3's 203 days = 6.67 months.
		assertThat(metrics.get("group_duration_months_median")).isEqualTo(new BigDecimal("6.7"));
		assertThat(metrics.get("group_duration_months_min")).isEqualTo(new BigDecimal("0.7"));
		// 52.96 to one decimal is 53.0, written 53.
		assertThat(metrics.get("group_duration_months_max")).isEqualTo(new BigDecimal("53"));
		// Kaplan–Meier: G7, G1 and G4 are still going (they only leave the count); G3
		// stops at 6.67
		// months with 3 groups still counted (G3, G4, G5): 1 - 1/3 = 66.7%; G5 stops at
		// 52.96 with 1 left: 0%.
		List<SurvivalPoint> curve = duration.survival();
		assertThat(curve).hasSize(54);
		assertThat(curve.get(0)).isEqualTo(new SurvivalPoint(0, 5, 1.0));
		assertThat(curve.get(1)).isEqualTo(new SurvivalPoint(1, 4, 1.0));
		assertThat(curve.get(5)).isEqualTo(new SurvivalPoint(5, 3, 1.0));
		assertThat(curve.get(6)).isEqualTo(new SurvivalPoint(6, 3, 1.0));
		assertThat(curve.get(7).atRisk()).isEqualTo(2);
		assertThat(curve.get(7).share()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(curve.get(44).atRisk()).isEqualTo(1);
		assertThat(curve.get(44).share()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(curve.get(53)).isEqualTo(new SurvivalPoint(53, 0, 0.0));
		assertThat(summary.table("group_survival").rows().get(7).values()).containsExactly(2, new BigDecimal("66.7"));
	}

	@Test
	void leavingTopicsChannelsAndVenues() {
		NetworkSummary summary = summary();
		// Left in the period: C1 (1 August, group stopped), A3 (1 October, travel or
		// time), B2 (1
		// December, no reason). C3 left in March.
		assertThat(summary.membersLeft()).isEqualTo(3);
		assertThat(rows(summary.table("leaving_reasons"))).containsExactlyInAnyOrder("LeavingReason.GROUP_STOPPED=1",
				"LeavingReason.TRAVEL_OR_TIME=1", "summary.notRecorded=1");
		// Logged and held in the period: 30 July (goal setting, social), 24 September
		// (social),
		// 19 November (nothing recorded), 1 October (pacing, relaxation) = 4. Techniques:
		// 30 July and
		// 1 October = 2 (50%); social only: 24 September = 1 (25%); none recorded: 1.
		NetworkSummary.Topics topics = summary.topics();
		assertThat(topics).isEqualTo(new NetworkSummary.Topics(4, 2, 1, 1));
		assertThat(topics.techniquesPercent()).isEqualTo(50.0);
		assertThat(topics.socialOnlyPercent()).isEqualTo(25.0);
		assertThat(rows(summary.table("meeting_topics"))).containsExactly("Topic.SOCIAL=2,50",
				"Topic.GOAL_SETTING=1,25", "Topic.PACING=1,25", "Topic.RELAXATION=1,25");
		// Groups not folded at the end: G1 (WhatsApp, cafe), G2 (phone, text; no venue),
		// G4 (WhatsApp,
		// email; cafe), G7 (email; online). Channels: email 2, WhatsApp 2, phone 1, text
		// 1.
		assertThat(rows(summary.table("channels"))).containsExactly("ChannelChoice.EMAIL=2", "ChannelChoice.WHATSAPP=2",
				"ChannelChoice.PHONE=1", "ChannelChoice.TEXT=1");
		assertThat(rows(summary.table("venue_types"))).containsExactly("VenueType.CAFE=2", "VenueType.ONLINE=1",
				"summary.notRecorded=1");
	}

	@Test
	void fairness() {
		NetworkSummary summary = summary();
		// PMP participants of P1 and P2 (B5 withdrew): women A1, A2, A4, B1, B3 = 5 of 9
		// (55.6%);
		// men A3, A5, B4 = 3 (33.3%); not recorded B2 = 1 (11.1%).
		// Members at some time in the period (by person): A1, A2, A3, C1, C2, B1, B2 = 7
		// (C3 left in
		// March); women A1, A2, C1, B1 = 4 (57.1%); men A3, C2 = 2 (28.6%); not recorded
		// B2 = 1 (14.3%).
		assertThat(rows(summary.table("gender"))).containsExactly("Gender.WOMAN=5,55.6,4,57.1",
				"Gender.MAN=3,33.3,2,28.6", "Gender.NON_BINARY=0,0,0,0", "Gender.ANOTHER_WAY=0,0,0,0",
				"Gender.PREFER_NOT_TO_SAY=0,0,0,0", "summary.notRecorded=1,11.1,1,14.3");
		// Participants: 30–39 B4; 40–49 A3; 50–59 A1, A4; 60–69 A2, B1, B2; 70–79 A5; not
		// recorded B3 (9).
		// Members: 40–49 A3; 50–59 A1, C1; 60–69 A2, C2, B1, B2 (7).
		assertThat(rows(summary.table("age_bands"))).containsExactly("AgeBand.UNDER_30=0,0,0,0",
				"AgeBand.FROM_30_TO_39=1,11.1,0,0", "AgeBand.FROM_40_TO_49=1,11.1,1,14.3",
				"AgeBand.FROM_50_TO_59=2,22.2,2,28.6", "AgeBand.FROM_60_TO_69=3,33.3,4,57.1",
				"AgeBand.FROM_70_TO_79=1,11.1,0,0", "AgeBand.OVER_80=0,0,0,0", "AgeBand.PREFER_NOT_TO_SAY=0,0,0,0",
				"summary.notRecorded=1,11.1,0,0");
	}

	@Test
	void aClinicianSeesTheirOwnPmpsAndTheirGroupsOnly() {
		SummaryScope scope = this.service.scopeFor(TestUsers.signedIn(this.clinician, Role.CLINICIAN));
		assertThat(scope.wholeNetwork()).isFalse();
		// P1 and P2 as a clinician (P3 only as a PTV), and their groups G1, G2 and G7;
		// never the imported G4.
		assertThat(scope.pmpIds()).containsExactlyInAnyOrder(this.p1, this.p2);
		assertThat(scope.groupIds()).hasSize(3).doesNotContain(this.g4);
		NetworkSummary summary = this.service.summary(scope, PERIOD);
		// G1 active, G2 dormant, G7 forming; meetings held: G1's three and G7's one = 4,
		// head counts 5+4+3+3 = 15.
		assertThat(summary.activity().active()).isEqualTo(1);
		assertThat(summary.activity().dormant()).isEqualTo(1);
		assertThat(summary.activity().forming()).isEqualTo(1);
		assertThat(summary.activity().folded()).isZero();
		assertThat(summary.activity().meetingsHeld()).isEqualTo(4);
		assertThat(summary.activity().attendanceMean()).isEqualTo(3.75);
		assertThat(summary.reach().pmpsFinished()).isEqualTo(2);
		assertThat(this.service.scopeFor(TestUsers.signedIn(this.staff, Role.STAFF)).wholeNetwork()).isTrue();
	}

	@Test
	void aPeriodThatHasNotEndedIsWorkedOutAsOfTodayNotItsEnd() {
		LocalDate today = this.service.today();
		// One PMP ended ten days ago; another's last session is still to come.
		long done = pmp("P-done", today.minusDays(40), today.minusDays(10));
		long soon = pmp("P-soon", today.minusDays(20), today.plusDays(10));
		// Its group met five days ago: active today, though it would be dormant by the
		// period's end.
		String met = today.minusDays(5).toString();
		long group = group("G-now", done, today.minusDays(10).toString(), met, met, null, "EMAIL", "CAFE");
		held(group, met, 4);
		this.groups.add(group);
		this.pmps.addAll(List.of(done, soon));
		SummaryPeriod running = new SummaryPeriod(today.minusDays(60), today.plusDays(200));

		NetworkSummary summary = this.service.summary(SummaryScope.of(List.of(done, soon), List.of(group)), running);

		assertThat(summary.period()).as("the period asked for is the one shown").isEqualTo(running);
		assertThat(summary.asOf()).isEqualTo(today);
		assertThat(summary.reach().pmpsFinished()).isEqualTo(1);
		assertThat(summary.activity().active()).isEqualTo(1);
		assertThat(summary.activity().dormant()).isZero();
		assertThat(summary.metrics()).containsEntry("figures_as_of", today)
			.containsEntry("period_end", today.plusDays(200));
		assertThat(summary().asOf()).as("a period that has ended is worked out to its end").isNull();
	}

	@Test
	void theWholeNetworkCountsAtLeastThisNetwork() {
		NetworkSummary all = this.service.summary(SummaryScope.all(), PERIOD);
		assertThat(all.reach().pmpsFinished()).isGreaterThanOrEqualTo(2);
		assertThat(all.activity().meetingsHeld()).isGreaterThanOrEqualTo(5);
		assertThat(all.tables().keySet()).containsExactlyElementsOf(NetworkSummary.TABLES);
	}

	/** Rows as "label=value,value", values as plain text. */
	private static List<String> rows(SummaryTable table) {
		return table.rows()
			.stream()
			.map((r) -> r.label() + "="
					+ String.join(",",
							r.values()
								.stream()
								.map((v) -> v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v))
								.toList()))
			.toList();
	}

	private long account(String email) {
		Long id = this.jdbc.queryForObject("""
				insert into account (email, display_name, password_hash, created_at)
				values (?, 'Summary clinician', '{noop}not-used', now()) returning id""", Long.class, email);
		this.jdbc.update("insert into account_role (account_id, role) values (?, 'CLINICIAN')", id);
		return id;
	}

	private long pmp(String name, LocalDate... sessions) {
		Long id = this.jdbc.queryForObject("""
				insert into pmp (name, site, first_session_date, session_count, start_time, created_by, created_at)
				values (?, 'Summary test site', ?, 8, '10:00', ?, now()) returning id""", Long.class,
				name + " " + this.run, Date.valueOf(sessions[0]), this.staff);
		for (int i = 0; i < sessions.length; i++) {
			this.jdbc.update("""
					insert into pmp_session (pmp_id, number, scheduled_on, originally_on) values (?, ?, ?, ?)""", id,
					i + 1, Date.valueOf(sessions[i]), Date.valueOf(sessions[i]));
		}
		return id;
	}

	private void handover(long pmpId, Instant at) {
		this.jdbc.update("insert into handover (pmp_id, handed_over_at, handed_over_by) values (?, ?, ?)", pmpId,
				Timestamp.from(at), this.staff);
	}

	private long participant(long pmpId, String name, String gender, String ageBand, String choice, String reason) {
		Long id = this.jdbc.queryForObject("""
				insert into participant (pmp_id, name, gender, age_band, enrolled_at)
				values (?, ?, ?, ?, now()) returning id""", Long.class, pmpId, name, gender, ageBand);
		if (choice != null) {
			this.jdbc.update("""
					insert into decision (pmp_id, participant_id, choice, reason, recorded_by, recorded_at)
					values (?, ?, ?, ?, ?, now())""", pmpId, id, choice, reason, this.staff);
		}
		return id;
	}

	private long group(String name, Long pmpId, String startedOn, String formedOn, String lastMetOn, String closedOn,
			String channels, String venueType) {
		return this.jdbc.queryForObject("""
				insert into follow_on_group (name, pmp_id, frequency, channel, channels, venue_type, created_at,
				                             created_by, started_on, formed_on, last_met_on, active_since, closed_on)
				values (?, ?, 'MONTHLY', ?, ?, ?, now(), ?, ?, ?, ?, ?, ?) returning id""", Long.class,
				name + " " + this.run, pmpId, channels.split(",")[0], channels, venueType, this.staff, date(startedOn),
				date(formedOn), date(lastMetOn), date(formedOn), date(closedOn));
	}

	private long member(long groupId, long participantId, String joinedOn, String leftOn, String reason) {
		return this.jdbc.queryForObject("""
				insert into membership (group_id, participant_id, known_as, role, joined_on, left_on, left_reason)
				values (?, ?, 'Member', 'MEMBER', ?, ?, ?) returning id""", Long.class, groupId, participantId,
				date(joinedOn), date(leftOn), reason);
	}

	/**
	 * A meeting logged as held, who was ticked, and the held meeting the group module
	 * keeps.
	 */
	private void logged(long groupId, String on, int attended, String topics, Long... memberships) {
		long log = log(groupId, on, true, topics);
		Arrays.stream(memberships)
			.forEach((m) -> this.jdbc.update(
					"insert into meeting_attendance (meeting_log_id, membership_id, from_pmp) values (?, ?, true)", log,
					m));
		held(groupId, on, attended);
	}

	private void notHeld(long groupId, String on) {
		log(groupId, on, false, "EXERCISE");
	}

	private long log(long groupId, String on, boolean held, String topics) {
		Long meeting = this.jdbc.queryForObject("""
				insert into meeting (group_id, meets_on, starts_at, ends_at, venue_name, venue_type, status, created_by,
				                     created_at)
				values (?, ?, '11:00', '12:00', 'Cafe', 'CAFE', 'SCHEDULED', ?, now()) returning id""", Long.class,
				groupId, date(on), this.staff);
		return this.jdbc.queryForObject("""
				insert into meeting_log (meeting_id, group_id, held, face_to_face, topics, logged_by, logged_at)
				values (?, ?, ?, ?, ?, ?, now()) returning id""", Long.class, meeting, groupId, held,
				held ? true : null, topics, this.staff);
	}

	private void held(long groupId, String on, int attended) {
		this.jdbc.update("""
				insert into held_meeting (group_id, source_key, held_on, face_to_face, pmp_participants, attended)
				values (?, ?, ?, true, ?, ?)""", groupId, "summary-test:" + this.run + ":" + groupId + ":" + on,
				date(on), attended, attended);
	}

	private static Date date(String iso) {
		return iso == null ? null : Date.valueOf(iso);
	}

}
