package org.followon.poll;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.followon.account.DemoSignIns;
import org.followon.group.DemoGroup;
import org.followon.group.VenueType;
import org.followon.system.DemoData;
import org.followon.system.DemoRecords;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The poll module's part of the demo data: the demo group's coordinator
 * ({@link DemoGroup}, {@link DemoSignIns}) is asking when to have a summer outing, an
 * open poll with three dates, which she has answered herself.
 */
@Component
@ConditionalOnBooleanProperty("followon.demo.enabled")
class DemoPolls implements DemoData {

	private final PollRepository polls;

	private final PollAnswerRepository answers;

	private final Clock clock;

	DemoPolls(PollRepository polls, PollAnswerRepository answers, Clock clock) {
		this.polls = polls;
		this.answers = answers;
		this.clock = clock;
	}

	@Override
	public Set<Class<? extends Record>> reads() {
		return Set.of(DemoGroup.class, DemoSignIns.class);
	}

	@Override
	public boolean hasData() {
		return this.polls.count() > 0;
	}

	@Override
	public void load(DemoRecords records) {
		DemoGroup group = records.get(DemoGroup.class);
		long linda = records.get(DemoSignIns.class).coordinator();
		LocalDate today = LocalDate.now(this.clock);
		List<NewOption> options = List.of(14, 17, 21)
			.stream()
			.map((days) -> new NewOption(today.plusDays(days), LocalTime.of(11, 0), LocalTime.of(15, 0),
					"Riverside Park tea room", VenueType.OUTDOORS))
			.toList();
		Poll poll = this.polls.save(new Poll(group.id(), "A summer walk and lunch", today.plusDays(10), options, linda,
				this.clock.instant()));
		List<Availability> said = List.of(Availability.YES, Availability.IF_NEED_BE, Availability.YES);
		for (int i = 0; i < said.size(); i++) {
			PollAnswer answer = new PollAnswer(poll.getId(), poll.getOptions().get(i).getId(),
					group.coordinatorMembershipId());
			answer.answer(said.get(i), this.clock.instant());
			this.answers.save(answer);
		}
	}

}
