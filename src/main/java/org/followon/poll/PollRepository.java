package org.followon.poll;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PollRepository extends JpaRepository<Poll, Long> {

	@EntityGraph(attributePaths = "options")
	List<Poll> findByGroupIdOrderByCreatedAtDesc(long groupId);

}
