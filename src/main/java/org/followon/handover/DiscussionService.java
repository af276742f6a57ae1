package org.followon.handover;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.followon.account.AccountSummary;
import org.followon.account.Accounts;
import org.followon.account.SignedInUser;
import org.followon.programme.PmpParticipant;
import org.followon.programme.PmpSummary;
import org.followon.programme.Programmes;
import org.followon.system.EditClashException;
import org.followon.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 2, the discussion: each participant's decision, consent and preferences, and the
 * room's summary.
 */
@Service
@Transactional(readOnly = true)
class DiscussionService {

	private final Programmes programmes;

	private final HandoverRepository handovers;

	private final DecisionRepository decisions;

	private final DecisionHistoryRepository history;

	private final Accounts accounts;

	private final Clock clock;

	DiscussionService(Programmes programmes, HandoverRepository handovers, DecisionRepository decisions,
			DecisionHistoryRepository history, Accounts accounts, Clock clock) {
		this.programmes = programmes;
		this.handovers = handovers;
		this.decisions = decisions;
		this.history = history;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Every enrolled participant with their decision so far (undecided if none recorded).
	 */
	List<ParticipantDecision> decisions(long pmpId) {
		Map<Long, Decision> recorded = this.decisions.findByPmpId(pmpId)
			.stream()
			.collect(Collectors.toMap(Decision::getParticipantId, Function.identity()));
		return this.programmes.enrolled(pmpId)
			.stream()
			.map((p) -> new ParticipantDecision(p, recorded.getOrDefault(p.id(), new Decision(pmpId, p.id()))))
			.toList();
	}

	RoomSummary summary(List<ParticipantDecision> all) {
		return RoomSummary.of(all.stream().map(ParticipantDecision::decision).toList());
	}

	PmpParticipant participant(long pmpId, long participantId) {
		return this.programmes.enrolled(pmpId)
			.stream()
			.filter((p) -> p.id() == participantId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Participant", participantId));
	}

	DecisionForm form(long pmpId, long participantId) {
		participant(pmpId, participantId);
		return this.decisions.findByParticipantId(participantId)
			.orElseGet(() -> new Decision(pmpId, participantId))
			.form();
	}

	List<DecisionHistory.HistoryRow> history(long participantId) {
		List<DecisionHistory> rows = this.history.findByParticipantIdOrderByRecordedAtDescIdDesc(participantId);
		Map<Long, AccountSummary> people = this.accounts
			.byIds(rows.stream().map(DecisionHistory::getRecordedBy).collect(Collectors.toSet()));
		return rows.stream()
			.map((r) -> r.row(people.containsKey(r.getRecordedBy()) ? people.get(r.getRecordedBy()).displayName() : "",
					this.clock.getZone()))
			.toList();
	}

	@Transactional
	void decide(long pmpId, long participantId, DecisionForm form, SignedInUser user) {
		PmpSummary pmp = this.programmes.visiblePmp(pmpId, user);
		participant(pmpId, participantId);
		this.handovers.findByPmpId(pmp.id()).ifPresent(Handover::requireOpen);
		Optional<Decision> existing = this.decisions.findByParticipantId(participantId);
		if (existing.isPresent() && !Objects.equals(form.version(), existing.get().getVersion())) {
			throw new EditClashException("/pmps/" + pmpId + "/handover/discuss/" + participantId);
		}
		Decision decision = existing.orElseGet(() -> new Decision(pmpId, participantId));
		DecisionHistory row = decision.record(form, user.accountId(), this.clock.instant());
		this.decisions.save(decision);
		this.history.save(row);
	}

	/** A participant and what they decided. */
	record ParticipantDecision(PmpParticipant participant, Decision decision) {

		public Choice choice() {
			return this.decision.getChoice();
		}

		public NotJoiningReason reason() {
			return this.decision.getReason();
		}

		public boolean shareEmail() {
			return this.decision.isShareEmail();
		}

		public boolean shareMobile() {
			return this.decision.isShareMobile();
		}

		public OrganisingRole role() {
			return this.decision.getRole();
		}

		public String roleName() {
			return this.decision.getRoleName();
		}

	}

	/**
	 * What the room looks at together: how many want to join, and what suits most people.
	 */
	record RoomSummary(Map<Choice, Long> choices, List<Map.Entry<String, Long>> days,
			List<Map.Entry<String, Long>> times, List<Map.Entry<String, Long>> channels, long volunteers) {

		static RoomSummary of(List<Decision> decisions) {
			Map<Choice, Long> choices = new EnumMap<>(Choice.class);
			for (Choice c : Choice.values()) {
				choices.put(c, decisions.stream().filter((d) -> d.getChoice() == c).count());
			}
			List<Decision> joining = decisions.stream().filter((d) -> d.getChoice() == Choice.JOINING).toList();
			return new RoomSummary(choices, ranked(joining, (d) -> names(d.days())),
					ranked(joining, (d) -> names(d.times())), ranked(joining, (d) -> names(d.channelSet())),
					joining.stream().filter((d) -> d.getRole() != OrganisingRole.NONE).count());
		}

		private static Set<String> names(Set<? extends Enum<?>> values) {
			return values.stream()
				.map((v) -> v.getDeclaringClass().getSimpleName() + "." + v.name())
				.collect(Collectors.toSet());
		}

		/** Message codes with how many chose them, most first. */
		private static List<Map.Entry<String, Long>> ranked(List<Decision> decisions,
				Function<Decision, Set<String>> choices) {
			return decisions.stream()
				.flatMap((d) -> choices.apply(d).stream())
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
				.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
					.thenComparing(Map.Entry.comparingByKey()))
				.toList();
		}

		public long count(String choice) {
			return this.choices.get(Choice.valueOf(choice));
		}

	}

}
