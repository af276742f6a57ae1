package org.followon.poll;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.followon.account.SignedInUser;
import org.followon.group.GroupAccess;
import org.followon.group.Groups;
import org.followon.meeting.Meetings;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's polls, with the record-level rules: its current members and supporting PTV
 * see them; its coordinators and supporting PTV propose, confirm and close them; current
 * members answer while a poll is open. A poll asked for under another group is not found.
 */
@Service
@Transactional(readOnly = true)
class PollService {

	private final PollRepository polls;

	private final PollAnswerRepository answers;

	private final Groups groups;

	private final Meetings meetings;

	private final Clock clock;

	PollService(PollRepository polls, PollAnswerRepository answers, Groups groups, Meetings meetings, Clock clock) {
		this.polls = polls;
		this.answers = answers;
		this.groups = groups;
		this.meetings = meetings;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	PollViews.Listing list(long groupId, SignedInUser user) {
		GroupAccess group = insider(groupId, user);
		Map<Boolean, List<PollViews.Summary>> split = this.polls.findByGroupIdOrderByCreatedAtDesc(groupId)
			.stream()
			.map((p) -> new PollViews.Summary(p.getId(), p.getTitle(), p.getStatus(), p.getClosesOn(),
					p.answerable(today())))
			.collect(Collectors.partitioningBy((s) -> s.status() == PollStatus.OPEN));
		return new PollViews.Listing(group, split.get(true), split.get(false));
	}

	PollViews.Page page(long groupId, long pollId, SignedInUser user) {
		GroupAccess group = insider(groupId, user);
		Poll poll = poll(groupId, pollId);
		List<PollViews.Option> options = poll.getOptions()
			.stream()
			.map((o) -> new PollViews.Option(o.getId(), o.details()))
			.toList();
		List<PollAnswer> all = this.answers.findByPollId(pollId);
		Map<Long, Availability> mine = !group.member() ? Map.of()
				: all.stream()
					.filter((a) -> a.getMembershipId() == group.membershipId())
					.collect(Collectors.toMap(PollAnswer::getOptionId, PollAnswer::getAvailability));
		Tally tally = !group.organiser() ? null
				: Tally.of(options,
						this.groups.currentMembers(groupId)
							.stream()
							.map((m) -> new Tally.Voter(m.membershipId(), m.knownAs()))
							.toList(),
						byMember(all));
		PollViews.Option confirmed = options.stream()
			.filter((o) -> Objects.equals(o.id(), poll.getConfirmedOptionId()))
			.findFirst()
			.orElse(null);
		return new PollViews.Page(group, pollId, poll.getTitle(), poll.getStatus(), poll.getClosesOn(),
				poll.answerable(today()), options, mine, tally, confirmed, poll.getMeetingId(), poll.getVersion());
	}

	private static Map<Long, Map<Long, Availability>> byMember(List<PollAnswer> all) {
		Map<Long, Map<Long, Availability>> by = new HashMap<>();
		all.forEach((a) -> by.computeIfAbsent(a.getMembershipId(), (k) -> new HashMap<>())
			.put(a.getOptionId(), a.getAvailability()));
		return by;
	}

	@Transactional
	long propose(long groupId, String title, LocalDate closesOn, List<NewOption> options, SignedInUser user) {
		organiser(groupId, user);
		return this.polls.save(new Poll(groupId, title, closesOn, options, user.accountId(), this.clock.instant()))
			.getId();
	}

	/**
	 * A member's answers to every option, replacing what they said before. False if the
	 * poll is no longer open to answers (confirmed, closed or past its closing date):
	 * nothing is stored.
	 */
	@Transactional
	boolean answer(long groupId, long pollId, Map<Long, Availability> given, Long version, SignedInUser user) {
		GroupAccess group = member(groupId, user);
		Poll poll = current(poll(groupId, pollId), version);
		if (!poll.answerable(today())) {
			return false;
		}
		long membershipId = group.membershipId();
		Map<Long, PollAnswer> before = this.answers.findByPollIdAndMembershipId(pollId, membershipId)
			.stream()
			.collect(Collectors.toMap(PollAnswer::getOptionId, (a) -> a));
		for (PollOption option : poll.getOptions()) {
			PollAnswer row = before.computeIfAbsent(option.getId(), (id) -> new PollAnswer(pollId, id, membershipId));
			row.answer(Objects.requireNonNull(given.get(option.getId())), this.clock.instant());
			this.answers.save(row);
		}
		return true;
	}

	/**
	 * Confirms one option: it becomes a meeting (the members are told) and the poll
	 * closes.
	 */
	@Transactional
	long confirm(long groupId, long pollId, long optionId, Meetings.NewMeeting meeting, Long version,
			SignedInUser user) {
		organiser(groupId, user);
		Poll poll = open(current(poll(groupId, pollId), version));
		PollOption option = poll.option(optionId);
		if (option == null) {
			throw new NotFoundException("Poll option", optionId);
		}
		long meetingId = this.meetings.schedule(groupId, meeting, user);
		poll.confirm(option, meetingId);
		return meetingId;
	}

	@Transactional
	void close(long groupId, long pollId, Long version, SignedInUser user) {
		organiser(groupId, user);
		open(current(poll(groupId, pollId), version)).close();
	}

	/**
	 * The group, if this person organises its meetings: its coordinators and supporting
	 * PTV.
	 */
	GroupAccess organiser(long groupId, SignedInUser user) {
		return this.groups.access(groupId, user.accountId()).requireOrganiser();
	}

	/** The group, if this person is one of its current members: only they answer. */
	GroupAccess member(long groupId, SignedInUser user) {
		return this.groups.access(groupId, user.accountId()).requireMember();
	}

	private GroupAccess insider(long groupId, SignedInUser user) {
		return this.groups.access(groupId, user.accountId()).requireInsider();
	}

	private Poll poll(long groupId, long pollId) {
		return this.polls.findById(pollId)
			.filter((p) -> p.getGroupId() == groupId)
			.orElseThrow(() -> new NotFoundException("Poll", pollId));
	}

	private static Poll current(Poll poll, Long version) {
		if (!Objects.equals(version, poll.getVersion())) {
			throw new EditClashException("/groups/" + poll.getGroupId() + "/polls/" + poll.getId());
		}
		return poll;
	}

	/**
	 * Confirmed or closed already (by another coordinator): the 409 page leads back to
	 * it.
	 */
	private static Poll open(Poll poll) {
		if (poll.getStatus() != PollStatus.OPEN) {
			throw new EditClashException("/groups/" + poll.getGroupId() + "/polls/" + poll.getId());
		}
		return poll;
	}

}
