package org.followon.poll;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PollAnswerRepository extends JpaRepository<PollAnswer, Long> {

	List<PollAnswer> findByPollId(long pollId);

	List<PollAnswer> findByPollIdAndMembershipId(long pollId, long membershipId);

}
