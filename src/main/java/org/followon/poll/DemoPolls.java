package org.followon.poll;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;
import org.followon.group.GroupMember;
import org.followon.group.GroupSummary;
import org.followon.group.Groups;
import org.followon.group.VenueType;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo group's coordinator is asking when to have a summer outing: an open poll with
 * three dates, which she has answered herself. Loaded once, after the demo meetings, when
 * no poll exists.
 */
@Component
@ConditionalOnBooleanProperty("followon.demo.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class DemoPolls implements ApplicationRunner {

	private final Groups groups;

	private final Accounts accounts;

	private final PollRepository polls;

	private final PollAnswerRepository answers;

	private final Clock clock;

	DemoPolls(Groups groups, Accounts accounts, PollRepository polls, PollAnswerRepository answers, Clock clock) {
		this.groups = groups;
		this.accounts = accounts;
		this.polls = polls;
		this.answers = answers;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		GroupSummary group = this.groups.named("Riverside Thursday group").orElse(null);
		AccountSummary linda = this.accounts.byEmail("coordinator@example.org").orElse(null);
		if (group == null || linda == null || this.polls.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		List<NewOption> options = List.of(14, 17, 21)
			.stream()
			.map((days) -> new NewOption(today.plusDays(days), LocalTime.of(11, 0), LocalTime.of(15, 0),
					"Riverside Park tea room", VenueType.OUTDOORS))
			.toList();
		Poll poll = this.polls.save(new Poll(group.id(), "A summer walk and lunch", today.plusDays(10), options,
				linda.id(), this.clock.instant()));
		GroupMember her = this.groups.currentMembers(group.id())
			.stream()
			.filter((m) -> Long.valueOf(linda.id()).equals(m.accountId()))
			.findFirst()
			.orElse(null);
		if (her == null) {
			return;
		}
		List<Availability> said = List.of(Availability.YES, Availability.IF_NEED_BE, Availability.YES);
		for (int i = 0; i < said.size(); i++) {
			PollAnswer answer = new PollAnswer(poll.getId(), poll.getOptions().get(i).getId(), her.membershipId());
			answer.answer(said.get(i), this.clock.instant());
			this.answers.save(answer);
		}
	}

}
