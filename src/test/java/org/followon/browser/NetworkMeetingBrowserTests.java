package org.followon.browser;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.followon.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff schedule a network meeting and send the invitations; a past participant who
 * agreed at their hand-over answers "going" from the link in their email, without signing
 * in; staff see it, then record notes and what a group shared. Every page is scanned by
 * axe-core.
 */
class NetworkMeetingBrowserTests extends AbstractBrowserTests {

	private static final GreenMail smtp = TestMail.server();

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/network/rsvp/[A-Za-z0-9_-]{43})");

	@Autowired
	private JdbcTemplate jdbc;

	/**
	 * A past participant of a PMP of this test's own, who agreed to hear about other
	 * groups.
	 */
	private String participantWhoAgreed(String unique) {
		long staff = this.jdbc.queryForObject("select id from account where email = 'staff@example.org'", Long.class);
		long pmp = this.jdbc.queryForObject("""
				insert into pmp (name, site, first_session_date, session_count, start_time, created_by, created_at)
				values (?, 'Harbour', current_date - 120, 8, '10:00', ?, now()) returning id""", Long.class,
				"Browser network PMP " + unique, staff);
		String email = "olwen." + unique + "@example.test";
		long participant = this.jdbc.queryForObject("""
				insert into participant (pmp_id, name, preferred_name, email, enrolled_at)
				values (?, 'Olwen Price', 'Olwen', ?, now()) returning id""", Long.class, pmp, email);
		this.jdbc.update("""
				insert into decision (pmp_id, participant_id, choice, hear_about_other_groups, recorded_by, recorded_at)
				values (?, ?, 'NOT_FOR_ME', true, ?, now())""", pmp, participant, staff);
		return email;
	}

	private String linkFor(String email) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(email)) {
				Matcher link = LINK.matcher(((String) message.getContent()).replace("\r\n", "\n"));
				assertThat(link.find()).as("a personal link in the invitation").isTrue();
				return link.group(1);
			}
		}
		throw new AssertionError("No invitation was emailed to the participant");
	}

	@Test
	void staffScheduleAndInviteAnInviteeAnswersGoingAndStaffRecordTheNotes() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String olwen = participantWhoAgreed(unique);
		String title = "Autumn network meeting " + unique;
		LocalDate on = LocalDate.now().plusDays(30);

		signIn("staff@example.org");
		go("/network/meetings");
		assertThat(h1()).isEqualTo("Network meetings");
		clickLink("Schedule a network meeting");
		clickButton("Schedule the meeting");
		assertThat(errorSummaryLinks()).contains("#title-field Enter a title",
				"#venueName-field Enter a venue name or an online link");
		fill("title-field", title);
		fill("day-field", Integer.toString(on.getDayOfMonth()));
		fill("month-field", Integer.toString(on.getMonthValue()));
		fill("year-field", Integer.toString(on.getYear()));
		fill("startTime-field", "10:00");
		fill("endTime-field", "12:30");
		fill("venueName-field", "Harbour community hall");
		fill("link-field", "https://meet.example.test/autumn");
		fill("purpose-field", "Hear how groups are doing, share what works and meet other groups");
		clickButton("Schedule the meeting");
		assertThat(flash()).isEqualTo("The network meeting has been scheduled");
		assertThat(h1()).isEqualTo(title);
		String meetingPath = path();

		String send = driver.findElement(By.id("send-invitations")).getText();
		assertThat(send).matches("Send invitations to \\d+ (person|people)");
		clickButton(send);
		assertThat(flash()).isEqualTo("The invitations have been sent");
		assertThat(driver.findElement(By.id("invitees")).getText()).contains("Olwen");
		signOut();

		go(linkFor(olwen));
		assertThat(h1()).isEqualTo(title);
		assertThat(driver.findElement(By.id("network-meeting-details")).getText()).contains("Harbour community hall");
		choose("answer-field");
		clickButton("Save your answer");
		assertThat(flash()).isEqualTo("Thank you. Your answer has been saved");

		signIn("staff@example.org");
		go(meetingPath);
		assertThat(driver.findElement(By.id("answer-counts")).getText()).startsWith("1 going");
		assertThat(driver.findElement(By.id("invitees")).getText()).contains("Olwen Going Sent");

		clickLink("Record notes");
		fill("notes-field", "Groups compared ways of pacing outings.");
		clickButton("Save changes");
		assertThat(flash()).isEqualTo("The notes have been saved");
		assertThat(driver.findElement(By.id("notes")).getText()).isEqualTo("Groups compared ways of pacing outings.");

		clickLink("Add what a group shared");
		clickButton("Save changes");
		assertThat(errorSummaryLinks()).containsExactly("#groupId-field Choose a group",
				"#what-field Say what the group shared");
		new Select(driver.findElement(By.id("groupId-field"))).selectByVisibleText("Riverside Thursday group");
		fill("what-field", "A walking route with benches every 200 metres");
		clickButton("Save changes");
		assertThat(flash()).isEqualTo("What the group shared has been saved");
		assertThat(driver.findElement(By.id("shared")).getText()).contains("Riverside Thursday group",
				"A walking route with benches every 200 metres");
	}

}
