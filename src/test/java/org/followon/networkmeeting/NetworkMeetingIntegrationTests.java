package org.followon.networkmeeting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.followon.IntegrationTest;
import org.followon.TestMail;
import org.followon.account.Accounts;
import org.followon.account.Role;
import org.followon.account.TestUsers;
import org.followon.group.Groups;
import org.followon.group.MembershipRole;
import org.followon.group.TestGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who is invited to a network meeting, on real PostgreSQL with the emails caught by
 * GreenMail: past participants by their hand-over decision, members by their own consent
 * (which they can withdraw at once), one email per address whatever its case; answers by
 * the emailed link; and "stop inviting me". The database is shared, so every check is
 * about this test's own people.
 */
@IntegrationTest
class NetworkMeetingIntegrationTests {

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/network/rsvp/[A-Za-z0-9_-]{43})");

	private final GreenMail smtp = TestMail.server();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Groups groups;

	@Autowired
	private Accounts accounts;

	private RequestPostProcessor staff;

	private long staffId;

	private String unique;

	@BeforeEach
	void setUp() throws Exception {
		this.smtp.purgeEmailFromAllMailboxes();
		this.staffId = this.accounts.byEmail("staff@example.org").orElseThrow().id();
		this.staff = TestUsers.as(this.staffId, Role.STAFF);
		this.unique = UUID.randomUUID().toString().substring(0, 8);
	}

	private String email(String who) {
		return who + "." + this.unique + "@example.test";
	}

	private long pmp() {
		return this.jdbc.queryForObject("""
				insert into pmp (name, site, first_session_date, session_count, start_time, created_by, created_at)
				values (?, 'Riverside', current_date - 120, 8, '10:00', ?, now()) returning id""", Long.class,
				"Network PMP " + this.unique, this.staffId);
	}

	/** A participant and their hand-over decision about hearing of other groups. */
	private long participant(long pmpId, String name, String email, boolean agreed, boolean withdrawn) {
		long id = this.jdbc.queryForObject("""
				insert into participant (pmp_id, name, preferred_name, email, enrolled_at, withdrawn_on)
				values (?, ?, ?, ?, now(), ?) returning id""", Long.class, pmpId, name + " Jones", name, email,
				withdrawn ? java.sql.Date.valueOf(LocalDate.now().minusDays(60)) : null);
		this.jdbc.update("""
				insert into decision (pmp_id, participant_id, choice, hear_about_other_groups, recorded_by, recorded_at)
				values (?, ?, 'JOINING', ?, ?, now())""", pmpId, id, agreed, this.staffId);
		return id;
	}

	private long group() {
		return this.jdbc.queryForObject("""
				insert into follow_on_group (name, frequency, channel, created_at, created_by, started_on)
				values (?, 'MONTHLY', 'EMAIL', now(), ?, current_date) returning id""", Long.class,
				"Network group " + this.unique, this.staffId);
	}

	/** A member without an account, with the address on their membership. */
	private void member(long groupId, Long participantId, String knownAs, String email, boolean consent, boolean left) {
		this.jdbc.update(
				"""
						insert into membership (group_id, participant_id, known_as, email, role, joined_on, left_on, network_invites)
						values (?, ?, ?, ?, 'MEMBER', current_date - 30, ?, ?)""",
				groupId, participantId, knownAs, email,
				left ? java.sql.Date.valueOf(LocalDate.now().minusDays(1)) : null, consent);
	}

	private long schedule() throws Exception {
		LocalDate on = LocalDate.now().plusDays(40);
		String location = this.mvc
			.perform(post("/network/meetings/new").with(this.staff)
				.with(csrf())
				.param("title", "Network meeting " + this.unique)
				.param("day", Integer.toString(on.getDayOfMonth()))
				.param("month", Integer.toString(on.getMonthValue()))
				.param("year", Integer.toString(on.getYear()))
				.param("startTime", "10:00")
				.param("endTime", "12:30")
				.param("venueName", "Riverside community hall")
				.param("link", "https://meet.example.test/network")
				.param("purpose", "Hear how groups are doing and share what works"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long version(long meetingId) {
		return this.jdbc.queryForObject("select version from network_meeting where id = ?", Long.class, meetingId);
	}

	private void sendInvitations(long meetingId) throws Exception {
		this.mvc
			.perform(post("/network/meetings/" + meetingId + "/invitations").with(this.staff)
				.with(csrf())
				.param("version", Long.toString(version(meetingId))))
			.andExpect(status().isFound());
	}

	private List<String> recipients() {
		return Arrays.stream(this.smtp.getReceivedMessages()).map((m) -> {
			try {
				return m.getAllRecipients()[0].toString().toLowerCase(Locale.ROOT);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private String linkFor(String address) throws Exception {
		for (MimeMessage m : this.smtp.getReceivedMessages()) {
			if (m.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
				Matcher link = LINK.matcher(((String) m.getContent()).replace("\r\n", "\n"));
				assertThat(link.find()).as("a personal link in the invitation").isTrue();
				return link.group(1);
			}
		}
		throw new AssertionError("No email to " + address);
	}

	private String staffPage(long meetingId) throws Exception {
		return this.mvc.perform(get("/network/meetings/" + meetingId).with(this.staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void everyoneWhoAgreedIsInvitedOnceAndNobodyElse() throws Exception {
		long pmpId = pmp();
		long groupId = group();
		participant(pmpId, "Agnes", email("agnes"), true, false);
		participant(pmpId, "Bryn", email("bryn"), false, false);
		participant(pmpId, "Carys", email("carys"), true, true);
		participant(pmpId, "Dai", email("DAI").toUpperCase(Locale.ROOT), true, false);
		member(groupId, null, "Dai", email("dai"), true, false);
		member(groupId, null, "Eira", email("eira"), true, false);
		member(groupId, null, "Ffion", email("ffion"), false, false);
		member(groupId, null, "Gwen", email("gwen"), true, true);
		long hywel = participant(pmpId, "Hywel", email("hywel"), true, false);
		member(groupId, hywel, "Hywel", email("hywel"), false, false);

		long meetingId = schedule();
		assertThat(staffPage(meetingId)).containsPattern("Send invitations to \\d+ people");
		sendInvitations(meetingId);

		List<String> to = recipients();
		assertThat(to).as("agreed at the hand-over; members who agreed").contains(email("agnes"), email("eira"));
		assertThat(to.stream().filter((a) -> a.equals(email("dai")))).as("one email for both of Dai's addresses")
			.hasSize(1);
		assertThat(to).as("said no; withdrawn from the PMP; withdrew as a member; left the group")
			.doesNotContain(email("bryn"), email("carys"), email("ffion"), email("gwen"), email("hywel"));
		assertThat(this.jdbc.queryForList("""
				select known_as from network_meeting_invitee where network_meeting_id = ? and lower(email) = ?""",
				String.class, meetingId, email("dai")))
			.as("a member's name as the group knows them")
			.containsExactly("Dai");
		String page = staffPage(meetingId);
		assertThat(page).contains("Agnes", "Eira").doesNotContain("Send invitations to");

		this.smtp.purgeEmailFromAllMailboxes();
		sendInvitations(meetingId);
		assertThat(recipients()).as("nobody twice").doesNotContain(email("agnes"), email("eira"), email("dai"));
	}

	@Test
	void aMemberWhoWithdrawsOnTheirSharingPageIsNotInvited() throws Exception {
		TestGroups fixtures = new TestGroups(this.groups, this.accounts, this.jdbc);
		TestGroups.Person coordinator = fixtures.person("Iolo Network");
		TestGroups.Person member = fixtures.person("Jane Network");
		TestGroups.Group group = fixtures.group("Network sharing group", coordinator);
		fixtures.join(group, member, MembershipRole.MEMBER);
		this.jdbc.update("update membership set network_invites = true where group_id = ?", group.id());
		long membership = fixtures.membership(group, member);

		this.mvc
			.perform(post(group.path() + "/sharing").with(member.signedIn())
				.with(csrf())
				.param("shareEmail", "true")
				.param("version", fixtures.version(membership)))
			.andExpect(status().isFound());
		String form = this.mvc.perform(get(group.path() + "/sharing").with(member.signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("Invite me to the network meetings");

		sendInvitations(schedule());
		assertThat(recipients()).contains(coordinator.email().toLowerCase(Locale.ROOT))
			.doesNotContain(member.email().toLowerCase(Locale.ROOT));
	}

	@Test
	void anInviteeAnswersByTheirLinkAndStaffSeeIt() throws Exception {
		participant(pmp(), "Kate", email("kate"), true, false);
		long meetingId = schedule();
		sendInvitations(meetingId);
		String link = linkFor(email("kate"));

		String page = this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Network meeting " + this.unique, "For Kate", "Riverside community hall");
		this.mvc.perform(post(link).with(csrf()).param("answer", "GOING")).andExpect(status().isFound());
		this.mvc.perform(post(link).with(csrf()).param("answer", "MAYBE")).andExpect(status().isFound());
		this.mvc.perform(post(link).with(csrf())).andExpect(status().isOk());

		assertThat(this.jdbc.queryForObject("""
				select answer from network_meeting_invitee where network_meeting_id = ? and email = ?""", String.class,
				meetingId, email("kate")))
			.as("changed until the meeting")
			.isEqualTo("MAYBE");
		assertThat(staffPage(meetingId)).contains("0 going, 1 maybe, 0 not going");
		this.mvc.perform(get("/network/rsvp/not-a-real-token")).andExpect(status().isNotFound());

		this.mvc
			.perform(post("/network/meetings/" + meetingId + "/cancel").with(this.staff)
				.with(csrf())
				.param("version", Long.toString(version(meetingId))))
			.andExpect(status().isFound());
		assertThat(Arrays.stream(this.smtp.getReceivedMessages()).filter((m) -> {
			try {
				return m.getSubject().startsWith("Cancelled: ");
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		})).isNotEmpty();
		this.mvc.perform(post(link).with(csrf()).param("answer", "GOING")).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select answer from network_meeting_invitee where email = ?", String.class,
				email("kate")))
			.as("no answers once cancelled")
			.isEqualTo("MAYBE");
	}

	@Test
	void stopInvitingMeIsRespectedByLaterInvitations() throws Exception {
		long pmpId = pmp();
		long groupId = group();
		long lowri = participant(pmpId, "Lowri", email("lowri"), true, false);
		member(groupId, lowri, "Lowri", email("lowri"), true, false);
		participant(pmpId, "Mared", email("mared"), true, false);
		long meetingId = schedule();
		sendInvitations(meetingId);
		assertThat(recipients()).contains(email("lowri"), email("mared"));

		this.mvc.perform(post(linkFor(email("lowri")) + "/stop").with(csrf())).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select network_invites from membership where participant_id = ?",
				Boolean.class, lowri))
			.as("her consent as a member is withdrawn too")
			.isFalse();

		participant(pmpId, "Nia", email("nia"), true, false);
		this.smtp.purgeEmailFromAllMailboxes();
		assertThat(staffPage(meetingId)).containsPattern("Send to the \\d+ not yet invited");
		sendInvitations(meetingId);
		assertThat(recipients()).contains(email("nia")).doesNotContain(email("lowri"), email("mared"));

		this.smtp.purgeEmailFromAllMailboxes();
		sendInvitations(schedule());
		assertThat(recipients()).as("a later meeting").contains(email("mared")).doesNotContain(email("lowri"));
	}

	@Test
	void stopInvitingMeReachesAMembershipThroughItsAccountsAddress() throws Exception {
		TestGroups fixtures = new TestGroups(this.groups, this.accounts, this.jdbc);
		TestGroups.Person owain = fixtures.person("Owain Network");
		long membership = fixtures.membership(fixtures.group("Network stopping group", owain), owain);
		this.jdbc.update("update membership set email = ?, network_invites = true where id = ?", email("owain.old"),
				membership);
		sendInvitations(schedule());
		assertThat(recipients()).as("at the account's address").contains(owain.email());

		this.mvc.perform(post(linkFor(owain.email()) + "/stop").with(csrf())).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select network_invites from membership where id = ?", Boolean.class,
				membership))
			.as("withdrawn through the account, whatever address is on the membership")
			.isFalse();
	}

}
