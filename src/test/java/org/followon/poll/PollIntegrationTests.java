package org.followon.poll;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.followon.IntegrationTest;
import org.followon.TestMail;
import org.followon.account.Accounts;
import org.followon.group.Groups;
import org.followon.group.TestGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A poll from proposal to meeting on PostgreSQL, with emails caught by GreenMail. Each
 * test makes its own group, so what it changes disturbs nobody else.
 */
@IntegrationTest
class PollIntegrationTests {

	private static final GreenMail smtp = TestMail.server();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private TestGroups.Person rose;

	private TestGroups.Person sam;

	private TestGroups.Person tom;

	private TestGroups.Group group;

	private TestGroups.Group other;

	private TestGroups.Person outsider;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	@BeforeEach
	void ownGroup(@Autowired Groups groups, @Autowired Accounts accounts) throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		TestGroups make = new TestGroups(groups, accounts, this.jdbc);
		this.rose = make.person("Rose Coordinator");
		this.sam = make.person("Sam Member");
		this.tom = make.person("Tom Member");
		this.group = make.group("Poll group", this.rose, this.sam, this.tom);
		this.other = make.group("Other poll group", this.rose);
		this.outsider = make.person("Una Outsider");
	}

	private MockHttpServletRequestBuilder propose(LocalDate... dates) {
		MockHttpServletRequestBuilder request = post(this.group.path() + "/polls/new").with(csrf())
			.param("title", "Our next meeting");
		for (int i = 0; i < dates.length; i++) {
			String p = "options[" + i + "].";
			request.param(p + "day", Integer.toString(dates[i].getDayOfMonth()))
				.param(p + "month", Integer.toString(dates[i].getMonthValue()))
				.param(p + "year", Integer.toString(dates[i].getYear()))
				.param(p + "startTime", "10:30")
				.param(p + "endTime", "12:00");
		}
		return request;
	}

	private long newPoll() throws Exception {
		String location = this.mvc
			.perform(propose(this.today.plusDays(7), this.today.plusDays(8), this.today.plusDays(9))
				.with(this.rose.signedIn()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private List<Long> options(long pollId) {
		return this.jdbc.queryForList("select id from poll_option where poll_id = ? order by position", Long.class,
				pollId);
	}

	private long version(long pollId) {
		return this.jdbc.queryForObject("select version from poll where id = ?", Long.class, pollId);
	}

	private MockHttpServletRequestBuilder answer(long pollId, String... availabilities) {
		MockHttpServletRequestBuilder request = post(this.group.path() + "/polls/" + pollId + "/answer").with(csrf())
			.param("version", Long.toString(version(pollId)));
		List<Long> options = options(pollId);
		for (int i = 0; i < availabilities.length; i++) {
			request.param("answers[" + options.get(i) + "]", availabilities[i]);
		}
		return request;
	}

	private MockHttpServletRequestBuilder confirm(long pollId, long optionId, long version) {
		return post(this.group.path() + "/polls/" + pollId + "/confirm").with(csrf())
			.param("optionId", Long.toString(optionId))
			.param("venueName", "Poll test library")
			.param("venueType", "COMMUNITY_SPACE")
			.param("version", Long.toString(version));
	}

	private int meetings() {
		return this.jdbc.queryForObject("select count(*) from meeting where group_id = ?", Integer.class,
				this.group.id());
	}

	@Test
	void confirmingTheBestOptionMakesExactlyOneMeetingAndEmailsEachMember() throws Exception {
		long pollId = newPoll();
		List<Long> options = options(pollId);
		assertThat(options).hasSize(3);
		this.mvc.perform(answer(pollId, "NO", "YES", "IF_NEED_BE").with(this.sam.signedIn()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(answer(pollId, "IF_NEED_BE", "YES", "YES").with(this.tom.signedIn()))
			.andExpect(status().is3xxRedirection());
		// Sam changes his mind about the third time.
		this.mvc.perform(answer(pollId, "NO", "YES", "YES").with(this.sam.signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.queryForObject("select count(*) from poll_answer where poll_id = ?", Integer.class, pollId))
			.isEqualTo(6);

		String tally = this.mvc.perform(get(this.group.path() + "/polls/" + pollId).with(this.rose.signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tally).contains("Best so far", "Sam Member: No", "Tom Member: If need be");
		String samSees = this.mvc.perform(get(this.group.path() + "/polls/" + pollId).with(this.sam.signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(samSees).doesNotContain("Tom Member", "id=\"tally\"");

		long version = version(pollId);
		this.mvc.perform(confirm(pollId, options.get(1), version).with(this.rose.signedIn()))
			.andExpect(status().is3xxRedirection());
		// Confirming again (a second click, or another coordinator) is a clash and makes
		// nothing.
		this.mvc.perform(confirm(pollId, options.get(2), version).with(this.rose.signedIn()))
			.andExpect(status().isConflict());

		assertThat(meetings()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select meets_on from meeting where group_id = ?", LocalDate.class,
				this.group.id()))
			.isEqualTo(this.today.plusDays(8));
		assertThat(this.jdbc.queryForObject("select status from poll where id = ?", String.class, pollId))
			.isEqualTo("CONFIRMED");

		smtp.waitForIncomingEmail(10_000, 3);
		MimeMessage[] mails = smtp.getReceivedMessages();
		assertThat(Arrays.stream(mails).map((m) -> {
			try {
				return m.getAllRecipients()[0].toString();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		})).containsExactlyInAnyOrder(this.rose.email(), this.sam.email(), this.tom.email());
		String body = GreenMailUtil.getBody(mails[0]);
		assertThat(mails[0].getSubject()).contains(this.group.name());
		assertThat(body)
			.contains(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(this.today.plusDays(8)),
					"10:30", "/meetings/")
			.doesNotContain(this.sam.name(), this.tom.name(), this.sam.email());

		// Answers after the poll is decided change nothing.
		this.mvc.perform(answer(pollId, "YES", "YES", "YES").with(this.sam.signedIn()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flash", "poll.notOpen"));
	}

	@Test
	void badPollsAreRefusedAndNothingIsStored() throws Exception {
		int before = this.jdbc.queryForObject("select count(*) from poll", Integer.class);
		this.mvc.perform(propose(this.today.plusDays(7)).with(this.rose.signedIn())).andExpect(status().isOk());
		this.mvc.perform(propose(this.today.minusDays(1), this.today.plusDays(3)).with(this.rose.signedIn()))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from poll", Integer.class)).isEqualTo(before);
	}

	@Test
	void onlyOrganisersDecideOnlyMembersAnswerAndAnotherGroupsPollIsNotFound() throws Exception {
		long pollId = newPoll();
		long optionId = options(pollId).get(0);
		this.mvc.perform(propose(this.today.plusDays(7), this.today.plusDays(8)).with(this.sam.signedIn()))
			.andExpect(status().isForbidden());
		this.mvc.perform(confirm(pollId, optionId, version(pollId)).with(this.sam.signedIn()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(this.group.path() + "/polls/" + pollId + "/close").with(csrf())
				.param("version", Long.toString(version(pollId)))
				.with(this.sam.signedIn()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(this.group.path() + "/polls/" + pollId + "/close").with(csrf())
				.param("version", "999")
				.with(this.rose.signedIn()))
			.andExpect(status().isConflict());

		// Someone outside the group is refused; under another of Rose's groups the poll
		// is not found.
		this.mvc.perform(get(this.group.path() + "/polls/" + pollId).with(this.outsider.signedIn()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.other.path() + "/polls/" + pollId).with(this.rose.signedIn()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(this.other.path() + "/polls/" + pollId + "/confirm").with(csrf())
				.param("optionId", Long.toString(optionId))
				.param("venueName", "Poll test library")
				.param("venueType", "COMMUNITY_SPACE")
				.param("version", Long.toString(version(pollId)))
				.with(this.rose.signedIn()))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(post(this.group.path() + "/polls/" + pollId + "/close").with(csrf())
				.param("version", Long.toString(version(pollId)))
				.with(this.rose.signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select status from poll where id = ?", String.class, pollId))
			.isEqualTo("CLOSED");
		assertThat(meetings()).isZero();
	}

}
